// The deck and the explorer as `pnpm start` serves them, under the server's Content-Security-Policy, in Chromium:
// every view a lecturer uses (the talks, the speaker view's window and previews, the handout layout, the explorer
// with a search, a record and a download) runs without one violation, and the policy does stop a script that the
// pages do not ship.
import { launchChromium } from "@alignment/devkit/chromium";
import { explorerDist, lectureDist } from "@alignment/devkit/paths";
import { type RunningServer, startServer } from "@alignment/devkit/serve";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TALK_PAGES, waitForDeck } from "../support/deck.ts";

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    port: 0,
    mounts: [
      { prefix: "/explorer/", dir: explorerDist },
      { prefix: "/", dir: lectureDist },
    ],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context whose every page and frame reports what the policy blocked, and the console errors it logged. */
async function watchedContext(): Promise<{ context: BrowserContext; violations: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const violations: string[] = [];
  const errors: string[] = [];
  await context.exposeBinding("reportViolation", ({ frame }, text: string) =>
    violations.push(`${frame.url()}: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} refused ${event.blockedURI || "an inline script or style"}`);
    });
  });
  context.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  context.on("weberror", (error) => errors.push(error.error().message));
  return { context, violations, errors };
}

describe("the server's Content-Security-Policy", () => {
  it("allows only the page's own scripts, and no inline one but those it ships, by hash", async () => {
    for (const path of ["", "briefing.html", "explorer/"]) {
      const policy = (await fetch(`${server.url}${path}`)).headers.get("content-security-policy") ?? "";
      const scripts = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
      expect(scripts[0], path).toBe("'self'");
      for (const source of scripts.slice(1)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      expect(policy, path).toMatch(/(^|;\s*)object-src 'none'/);
      expect(policy, path).toMatch(/(^|;\s*)base-uri 'none'/);
    }
  });

  describe.each(TALK_PAGES)("the $talk ($page)", ({ page: path }) => {
    it("runs, with its speaker view and its handout layout, breaking no rule of the policy", async () => {
      const { context, violations, errors } = await watchedContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await waitForDeck(page);
      // S opens reveal's speaker view: a window the notes plugin writes, with inline script, under the deck's policy.
      const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
      await expect
        .poll(() => speaker.locator(".speaker-controls-notes .value").textContent(), { timeout: 20_000 })
        .toContain("Talking points");
      expect(await speaker.locator("#connection-status").isVisible()).toBe(false);
      const handout = await context.newPage();
      await handout.goto(`${server.url}${path}?print-pdf`);
      await handout.waitForSelector(".reveal.ready .pdf-page", { state: "attached", timeout: 30_000 });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it("lets the explorer search, show a record and download, breaking no rule of the policy", async () => {
    const { context, violations, errors } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${server.url}explorer/`);
    await page.getByRole("searchbox", { name: "Search" }).fill("trade");
    await page.locator(".cards > li h3 a").first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto(`${server.url}explorer/`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses a script that the page does not ship", async () => {
    const { context, violations } = await watchedContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForDeck(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await context.close();
  });
});
