// `pnpm stick DIR`, tried as in a hall with no network: the folder's talks open from file://, a slide's source link
// opens the figure's page in the explorer on the stick, the questions slide's link opens the reading view, nothing
// is fetched from anywhere, and README.txt tells the lecturer what to open.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

describe("a folder that is not empty", () => {
  // A USB stick's root holds the lecturer's own files: the command writes only its four paths, and only where it may.
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "alignment-stick-folders-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("is refused, with nothing written or removed, when it holds files this command did not write", async () => {
    const usb = join(scratch, "usb");
    mkdirSync(join(usb, "photos"), { recursive: true });
    writeFileSync(join(usb, "index.html"), "<p>the lecturer's own page</p>");
    writeFileSync(join(usb, "photos/hall.jpg"), "not really a photo");
    const failed = await runExport("stick", [usb]).then(
      () => "",
      (error: { stderr: string }) => error.stderr,
    );
    expect(failed).toContain(`${usb} already holds index.html, photos, and is not a stick this command wrote`);
    expect(failed).toContain("nothing was written");
    expect(readdirSync(usb).sort()).toEqual(["index.html", "photos"]);
    expect(readFileSync(join(usb, "index.html"), "utf8")).toBe("<p>the lecturer's own page</p>");
    expect(readdirSync(join(usb, "photos"))).toEqual(["hall.jpg"]);
  });

  it("is refused when it is a file", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "mine");
    const failed = await runExport("stick", [file]).then(
      () => "",
      (error: { stderr: string }) => error.stderr,
    );
    expect(failed).toContain(`${file} is a file, not a folder`);
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it("is written over when it is a stick of its own, keeping what the lecturer put beside the talks", async () => {
    const stick = join(scratch, "stick");
    await runExport("stick", [stick]);
    writeFileSync(join(stick, "my notes.txt"), "bring the clicker");
    writeFileSync(join(stick, "index.html"), "an older build");
    mkdirSync(join(stick, ".partial-left-by-a-stopped-run"));
    await runExport("stick", [stick]);
    const expected = [...TALK_PAGES.map((t) => t.page), "README.txt", "explorer", "my notes.txt"];
    expect(readdirSync(stick).sort()).toEqual(expected.sort());
    expect(readFileSync(join(stick, "my notes.txt"), "utf8")).toBe("bring the clicker");
    expect(readFileSync(join(stick, "index.html"), "utf8")).toContain('class="reveal"');
  });

  it("names the file it could not put in place, and leaves no hidden folder behind", async () => {
    const stick = join(scratch, "stick-with-a-file-in-the-way");
    await runExport("stick", [stick]);
    rmSync(join(stick, "explorer"), { recursive: true });
    writeFileSync(join(stick, "explorer"), "a file where the explorer's folder goes");
    const failed = await runExport("stick", [stick]).then(
      () => "",
      (error: { stderr: string }) => error.stderr,
    );
    expect(failed).toMatch(/explorer\/index\.html could not be moved into place \(.*\); \d of 4 files were\./);
    expect(readdirSync(stick).filter((name) => name.startsWith("."))).toEqual([]);
  });
});
