// `pnpm stick DIR`, tried as in a hall with no network: the folder's talks open from file://, a slide's source link
// opens the figure's page in the explorer on the stick, the questions slide's link opens the reading view, nothing
// is fetched from anywhere, and README.txt tells the lecturer what to open.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@alignment/devkit/chromium";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoSlide, TALK_PAGES, waitForDeck } from "../support/deck.ts";
import { runExport } from "./export.ts";

let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "alignment-stick-")), "USB STICK");
  await runExport("stick", [dir]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(join(dir, ".."), { recursive: true, force: true });
});

/** A context that records every request, and whether any left file://. */
async function offline(): Promise<{ context: BrowserContext; foreign: () => string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const foreign = () => requests.filter((url) => !/^(file|data|blob):|^about:blank$/.test(url));
  return { context, foreign };
}

it("holds every talk's single file, the explorer beside them and a README.txt", () => {
  expect(readdirSync(dir).sort()).toEqual([...TALK_PAGES.map((t) => t.page), "README.txt", "explorer"].sort());
  expect(existsSync(join(dir, "explorer/index.html"))).toBe(true);
  const readme = readFileSync(join(dir, "README.txt"), "utf8");
  for (const { page } of TALK_PAGES) expect(readme).toContain(page);
  expect(readme).toMatch(/\bS opens the speaker view/);
  expect(readme).toMatch(/no network/);
});

describe.each(TALK_PAGES)("the $talk from the stick", ({ page: file }) => {
  it("a source link opens the figure's page in the explorer on the stick, offline", async () => {
    const { context, foreign } = await offline();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, file)).href);
    await waitForDeck(page);
    await gotoSlide(page, "trade");
    await page.locator("section#trade .source-line a", { hasText: "trade.bilateral.2018" }).click();
    await page.waitForURL(/explorer\/index\.html#\/fact\/trade\.bilateral\.2018$/);
    await expect.poll(() => page.locator(".record-id code").textContent()).toBe("trade.bilateral.2018");
    expect(page.url()).toBe(`${pathToFileURL(join(dir, "explorer/index.html")).href}#/fact/trade.bilateral.2018`);
    expect(foreign()).toEqual([]);
    await context.close();
  });

  it("the questions slide's link opens the slides as one page to read", async () => {
    const { context, foreign } = await offline();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, file)).href);
    await waitForDeck(page);
    await gotoSlide(page, "questions");
    await page.locator("section#questions .reading-view a").click();
    await page.waitForURL(/\?view=scroll/);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getConfig().view)).toBe("scroll");
    expect(foreign()).toEqual([]);
    await context.close();
  });
});
