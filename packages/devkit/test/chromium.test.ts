// The browser every test, the bench and the exports start: Debian's Chromium, headless, with nothing of its own
// browser UI running beside the page (each such page is a renderer competing for the machine's two cores).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../src/chromium.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("launchChromium", () => {
  it("runs the page opened in it and no page of Chromium's own UI (the omnibox popup)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("data:text/html,<title>Probe</title>");
    // Chromium opens its UI pages while the first window comes up: give it the time it took when it did.
    await page.waitForTimeout(1000);
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send("Target.getTargets");
    await session.detach();
    await context.close();
    expect(targetInfos.filter((target) => target.type !== "page").map((target) => target.url)).toEqual([]);
    expect(targetInfos.map((target) => target.url)).toEqual(["data:text/html,<title>Probe</title>"]);
  });
});
