// The first slide is painted before reveal.js starts (theme.css lays it out as reveal.js will): what a lecturer sees
// while reveal's code loads must be the slide reveal.js then shows, not a slide that jumps, and a page opened at a
// later slide must not flash the title first.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { servedDeck, TALK_PAGES, waitForDeck } from "../support/deck.ts";

const deck = servedDeck();

/** The slide's area without reveal's own chrome (arrows and slide number, bottom right; progress bar, bottom). */
const SLIDE_AREA = { x: 0, y: 0, width: 1150, height: 712 };

/** A page as it stands before reveal.js has started: its module script never arrives. */
async function beforeReveal(path: string): Promise<Page> {
  const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
  await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${deck.url}${path}`);
  return page;
}

/** The first slide's section on screen? (display and a box of the slide's size) */
function firstSlideShown(page: Page): Promise<boolean> {
  return page.$eval(".reveal .slides > section:first-child", (s) => {
    const box = s.getBoundingClientRect();
    return getComputedStyle(s).display !== "none" && box.width > 1000 && box.height > 600;
  });
}

describe.each(TALK_PAGES)("the $talk ($page)", ({ page: path }) => {
  it("paints its first slide before reveal.js starts, pixel for pixel where reveal.js then shows it", async () => {
    const before = await beforeReveal(path);
    expect(await before.$(".reveal.ready")).toBeNull();
    expect(await firstSlideShown(before)).toBe(true);
    const painted = await before.screenshot({ clip: SLIDE_AREA });
    await before.context().close();

    const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${deck.url}${path}`);
    await waitForDeck(page);
    const started = await page.screenshot({ clip: SLIDE_AREA });
    await context.close();

    expect(painted.equals(started)).toBe(true);
  });

  it("shows nothing before reveal.js starts when opened at a later slide or in one of reveal's views", async () => {
    for (const suffix of ["#/hook", "?print-pdf", "?receiver"]) {
      const page = await beforeReveal(`${path}${suffix}`);
      expect(await firstSlideShown(page), suffix).toBe(false);
      await page.context().close();
    }
    const page = await beforeReveal(path);
    expect(await firstSlideShown(page)).toBe(true);
    await page.context().close();
  });
});
