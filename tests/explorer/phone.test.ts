// The explorer on a student's phone (390 px wide), served beside the deck as `pnpm start` serves them: a search shows
// its results on the first screen, with the other filters out of their way until asked for, and the explorer leads to
// the slides as one page to read (the deck's reading view).
import { launchChromium } from "@alignment/devkit/chromium";
import { watch } from "@alignment/devkit/page";
import { explorerDist, lectureDist } from "@alignment/devkit/paths";
import { type RunningServer, startServer } from "@alignment/devkit/serve";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { requireBuilt } from "./support.ts";

/** An iPhone 12 to 15's screen, in CSS pixels. */
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let seen: ReturnType<typeof watch>;

beforeAll(async () => {
  requireBuilt(explorerDist, "pnpm --filter @alignment/explorer build");
  requireBuilt(lectureDist, "pnpm --filter @alignment/lecture build");
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
beforeEach(async () => {
  context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  page = await context.newPage();
  seen = watch(page);
});
afterEach(async () => {
  expect(seen.errors).toEqual([]);
  await context.close();
});

/** Whether an element shows whole on the screen as it stands. */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

describe("the explorer at 390 px wide", () => {
  it("shows the first result of a search on the screen the search box is on", async () => {
    await page.goto(`${server.url}explorer/`);
    await page.getByLabel("Search", { exact: true }).tap();
    await page.keyboard.type("pipeline");
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/^\d+ records? of /);
    // The first result's title, which opens it, and the box the search was typed in.
    expect(await onScreen(page, ".cards > li:first-child h3")).toBe(true);
    expect(await onScreen(page, "#search")).toBe(true);
    expect(await page.$eval(".cards > li:first-child", (li) => li.textContent ?? "")).toMatch(/pipeline/i);
  });

  it("keeps the other filters one tap away, and shows them open when the URL sets one", async () => {
    await page.goto(`${server.url}explorer/`);
    const kind = page.getByLabel("Kind");
    expect(await kind.isVisible()).toBe(false);
    await page.locator(".more-filters > summary").tap();
    await expect.poll(() => kind.isVisible()).toBe(true);
    await kind.selectOption("figure");
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/ of /);

    await page.goto(`${server.url}explorer/#/?kind=figure`);
    await page.reload();
    await expect.poll(() => page.getByLabel("Kind").isVisible()).toBe(true);
  });

  it("links to the slides' reading view, which opens as one page to scroll", async () => {
    await page.goto(`${server.url}explorer/`);
    const link = page.getByRole("link", { name: /read the slides/i });
    expect(await onScreen(page, ".reading-view")).toBe(true);
    await link.tap();
    await page.waitForSelector(".reveal.ready", { state: "attached", timeout: 30_000 });
    expect(new URL(page.url()).search).toBe("?view=scroll");
    expect(
      await page.evaluate(() => (window as { Reveal?: { getConfig(): { view?: string } } }).Reveal?.getConfig().view),
    ).toBe("scroll");
  });
});
