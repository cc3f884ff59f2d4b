// The single-file talks (apps/lecture/dist-single) opened straight from disk, as from a USB stick in a hall with
// no network: the deck runs, the speaker view opens with its notes and pacing timer, search opens on its keys, and
// nothing is fetched.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@alignment/devkit/chromium";
import { lectureSingle } from "@alignment/devkit/paths";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentSlide, slideIds, TALK_PAGES, talkNotes, waitForDeck } from "../support/deck.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(TALK_PAGES)("the $talk as one file from file://", ({ page: file }) => {
  it("runs with the speaker view, fetching nothing and logging no error", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
    const url = pathToFileURL(join(lectureSingle, file)).href;
    const requests: string[] = [];
    const errors: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    context.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    context.on("weberror", (error) => errors.push(error.error().message));
    const page = await context.newPage();
    await page.goto(url);
    await waitForDeck(page);
    const ids = await slideIds(page);
    expect(ids.length).toBeGreaterThan(5);

    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((first) => document.querySelector(".slides > section.present")?.id !== first, ids[0]);
    expect(await currentSlide(page)).toBe(ids[1]);

    // S opens reveal's speaker view: a window written by the notes plugin, previewing this file in two frames.
    const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
    const notes = speaker.locator(".speaker-controls-notes .value");
    await expect.poll(() => notes.textContent(), { timeout: 20_000 }).toContain("Talking points");
    const notesOf = await talkNotes(page);
    const firstPoint = (id: string | undefined) => {
      const point = notesOf[id ?? ""]?.points[0];
      if (!point) throw new Error(`slide ${id} has no talking point in its notes`);
      return point;
    };
    await expect.poll(() => notes.textContent()).toContain(firstPoint(ids[1]));
    await expect.poll(() => speaker.locator(".speaker-controls-pacing, .pacing").first().isVisible()).toBe(true);
    expect(await speaker.locator("#connection-status").isVisible()).toBe(false);

    // Moving in the main window moves the speaker view's notes with it.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => notes.textContent()).toContain(firstPoint(ids[2]));

    // What the served deck loads on first use is in the file too: reveal's search opens on its keys.
    await page.bringToFront();
    await page.keyboard.press("Control+Shift+F");
    await expect.poll(() => page.locator(".searchbox .searchinput").isVisible(), { timeout: 10_000 }).toBe(true);

    const fetched = requests.filter((r) => !r.startsWith("file://") && !r.startsWith("data:") && r !== "about:blank");
    expect(fetched).toEqual([]);
    // Only the file itself is read: no script, style or font beside it.
    expect(new Set(requests.filter((r) => r.startsWith("file://")).map((r) => r.split(/[?#]/)[0]))).toEqual(
      new Set([url]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
