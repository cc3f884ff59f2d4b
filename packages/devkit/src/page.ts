// Watchers for what a user of the deck or the explorer must never meet, shared by the browser tests: errors in the
// console, uncaught exceptions, and requests that leave the page's own origin.
import type { Page } from "playwright-core";

/** Records console errors, uncaught exceptions and every URL the page requests, from now on. */
export function watch(page: Page): { errors: string[]; requests: string[] } {
  const seen = { errors: [] as string[], requests: [] as string[] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** Requests that leave the page's own origin (data: and blob: URLs stay inside the page). */
export function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return origin === "file://" ? parsed.protocol !== "file:" : parsed.origin !== origin;
  });
}
