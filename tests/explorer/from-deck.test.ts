// The promise the explorer makes to the deck: a figure's source line on a slide opens that figure's page, with the
// deck and the explorer served together by the repository's own server (what `pnpm start` runs).
import { join } from "node:path";
import { type FigureId, figure, formatQualifiedValue } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import { foreign, watch } from "@alignment/devkit/page";
import { explorerDist, lectureDist } from "@alignment/devkit/paths";
import { type RunningServer, startServer } from "@alignment/devkit/serve";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "./support.ts";

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  requireBuilt(join(lectureDist, "index.html"), "pnpm --filter @alignment/lecture build");
  requireBuilt(join(explorerDist, "index.html"), "pnpm --filter @alignment/explorer build");
  server = await startServer({ port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a link from a slide", () => {
  it("opens the figure's page in the explorer, served beside the deck", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    await page.goto(server.url);
    const link = page.locator('.reveal a[href*="#/fact/"]').first();
    const href = await link.getAttribute("href");
    const id = decodeURIComponent(href?.split("#/fact/")[1] ?? "");
    const f = figure(id as FigureId);

    // Advance through the deck as a presenter would, until the slide with the link is on screen. Before reveal.js
    // is ready every slide is laid out, so wait for it first.
    await page.locator(".reveal.ready").waitFor();
    const slides = await page.locator(".reveal .slides section").count();
    const onScreen = () => link.evaluate((a) => a.closest("section")?.classList.contains("present") === true);
    for (let step = 0; step < slides && !(await onScreen()); step++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(400);
    }
    await link.click();

    await page.waitForURL(`${server.url}explorer/#/fact/${href?.split("#/fact/")[1]}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(f.label);
    await expect(page.locator(".headline-value").textContent()).resolves.toBe(formatQualifiedValue(f));
    await expect(page.locator("blockquote").textContent()).resolves.toBe(f.origin === "essay" ? f.quote : null);
    expect(seen.errors).toEqual([]);
    expect(foreign(seen.requests, new URL(server.url).origin)).toEqual([]);
    await page.close();
  });
});
