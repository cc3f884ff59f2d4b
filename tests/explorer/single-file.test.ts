// The explorer as one self-contained HTML file, opened from disk (file://) as from a USB stick in a lecture hall.
import { readdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { figure, formatQualifiedValue } from "@alignment/data";
import { version } from "@alignment/data/package.json";
import { seriousViolations } from "@alignment/devkit/axe";
import { launchChromium } from "@alignment/devkit/chromium";
import { foreign, watch } from "@alignment/devkit/page";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPLORER_SINGLE, requireBuilt } from "./support.ts";

let browser: Browser;

beforeAll(async () => {
  requireBuilt(EXPLORER_SINGLE, "pnpm --filter @alignment/explorer build");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the single-file explorer", () => {
  it("is one HTML file that loads no script or stylesheet from elsewhere", async () => {
    expect(await readdir(dirname(EXPLORER_SINGLE))).toEqual(["index.html"]);
    const html = await readFile(EXPLORER_SINGLE, "utf8");
    expect(html).not.toMatch(/<script[^>]+\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
  });

  it("works from file://: a record page, search and a download, with no request beyond the file", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page);
    const url = pathToFileURL(EXPLORER_SINGLE).href;

    const f = figure("trade.bilateral.2018");
    await page.goto(`${url}#/fact/${f.id}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(f.label);
    await expect(page.locator(".headline-value").textContent()).resolves.toBe(formatQualifiedValue(f));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "All records" }).click();
    await page.getByRole("searchbox", { name: "Search" }).fill("bilateral trade");
    const shown = await page.locator(".cards h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(shown).toContain(`#/fact/${f.id}`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`alignment-data-${version}-filtered.json`);
    const document = JSON.parse(await readFile((await download.path()) as string, "utf8"));
    expect(document.records.map((r: { id: string }) => `#/fact/${r.id}`)).toEqual(shown);

    expect(seen.errors).toEqual([]);
    expect(foreign(seen.requests, "file://")).toEqual([]);
    await context.close();
  });
});
