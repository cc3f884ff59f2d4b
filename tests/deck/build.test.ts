// The deck follows its data: rebuilt from a changed copy of the dataset, a slide shows the new figure and not the
// old one; a broken dataset, or one missing a record a slide names, stops the build with the record and field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatValue } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeck, gotoSlide, serve, waitForDeck } from "../support/deck.ts";

interface FigureJson {
  id: string;
  value: number;
  unit: string;
  label: string;
}
interface DatasetJson {
  figures: FigureJson[];
  claims: { id: string; label: string }[];
}

const datasetFile = createRequire(import.meta.url).resolve("@alignment/data/dataset.json");
const original = (): DatasetJson => JSON.parse(readFileSync(datasetFile, "utf8")) as DatasetJson;

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "alignment-deck-"));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

function writeDataset(name: string, data: DatasetJson): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** The build's failure output (vite prints the plugin's error on stderr), or "" if it succeeded. */
async function buildFailure(dataset: string): Promise<string> {
  try {
    await buildDeck(join(work, "out-failed"), { ALIGNMENT_DATASET: dataset });
    return "";
  } catch (error) {
    const { stderr = "", stdout = "", message } = error as { stderr?: string; stdout?: string; message: string };
    return `${message}\n${stdout}\n${stderr}`;
  }
}

describe("a deck rebuilt from a changed dataset", () => {
  it("shows the new value on its slide and no longer the old one", async () => {
    const data = original();
    const trade = data.figures.find((f) => f.id === "trade.bilateral.2018");
    const base = data.figures.find((f) => f.id === "trade.bilateral.2016");
    const growth = data.figures.find((f) => f.id === "trade.bilateral.growth.2016-2018");
    if (trade === undefined || base === undefined || growth === undefined) throw new Error("trade figures missing");
    const before = formatValue({ value: trade.value, unit: "usd" });
    trade.value = 123_400_000_000;
    const after = formatValue({ value: trade.value, unit: "usd" });
    expect(after).toBe("$123.4 billion");
    // The dataset checks a derived figure against its inputs: a correction updates both, as a maintainer would.
    const oldGrowth = formatValue({ value: growth.value, unit: "percent" });
    growth.value = Math.round(((trade.value - base.value) / base.value) * 100 * 100) / 100;
    const newGrowth = formatValue({ value: growth.value, unit: "percent" });

    const outDir = join(work, "out-changed");
    await buildDeck(outDir, { ALIGNMENT_DATASET: writeDataset("changed.json", data) });
    const server = await serve([{ prefix: "/", dir: outDir }]);
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await waitForDeck(page);
      await gotoSlide(page, "trade");
      const slide = page.locator("section#trade");
      const shown = await slide.locator('[data-figure="trade.bilateral.2018"]').allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set([after]));
      // The slide's face (its notes, in data-notes, keep the essay's own words, which quote the figure as printed).
      const text = await slide.evaluate((s) => s.textContent ?? "");
      expect(text).toContain(after);
      expect(text).not.toContain(before);
      const growthShown = await slide.locator('[data-figure="trade.bilateral.growth.2016-2018"]').allTextContents();
      expect(new Set(growthShown)).toEqual(new Set([newGrowth]));
      expect(text).not.toContain(oldGrowth);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe("a build from a bad dataset", () => {
  it("fails on an invalid record, naming the record and the field", async () => {
    const data = original();
    const trade = data.figures.find((f) => f.id === "trade.bilateral.2016");
    if (trade === undefined) throw new Error("the dataset lost trade.bilateral.2016");
    trade.unit = "roubles";
    const output = await buildFailure(writeDataset("broken.json", data));
    expect(output).toContain("trade.bilateral.2016");
    expect(output).toContain("unit");
  });

  it("fails on markup in a text, rather than rendering it", async () => {
    const data = original();
    const claim = data.claims.find((c) => c.id === "claim.tsentr-scenario");
    if (claim === undefined) throw new Error("the dataset lost claim.tsentr-scenario");
    claim.label = "<script>alert(1)</script>";
    const output = await buildFailure(writeDataset("markup.json", data));
    expect(output).toContain("claim.tsentr-scenario");
    expect(output).toContain("label");
  });

  it("fails when a slide names a record the dataset does not hold, naming the slide and the record", async () => {
    const data = original();
    data.claims = data.claims.filter((c) => c.id !== "claim.tsentr-scenario");
    const output = await buildFailure(writeDataset("missing.json", data));
    expect(output).toContain('Slide "tsentr-2019"');
    expect(output).toContain('claim "claim.tsentr-scenario"');
  });
});
