// The deck follows its data: rebuilt from a changed copy of the dataset, a slide shows the new figure and not the
// old one; a broken dataset, or one missing a record a slide names, stops the build with the record and field.
// Whatever a valid dataset holds reaches the page as written (no `%ENV%` substitution, no `$&` expansion) and
// builds in bounded time; given the essay, a quote it does not hold stops the build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatValue } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import { repoRoot } from "@alignment/devkit/paths";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeck, gotoSlide, serve, waitForDeck } from "../support/deck.ts";

interface FigureJson {
  id: string;
  value: number;
  unit: string;
  label: string;
  quote?: string;
}
interface DatasetJson {
  meta: { title: string; affiliation: string };
  figures: FigureJson[];
  claims: { id: string; label: string }[];
}

const datasetFile = createRequire(import.meta.url).resolve("@alignment/data/dataset.json");
const original = (): DatasetJson => JSON.parse(readFileSync(datasetFile, "utf8")) as DatasetJson;
const essayFile = join(repoRoot, "packages/data/source/essay.txt");

function figure(data: DatasetJson, id: string): FigureJson {
  const found = data.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`the dataset lost ${id}`);
  return found;
}

/** One slide's markup in a built page. */
function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<section id="${id}"`);
  if (start === -1) throw new Error(`the page lacks the slide ${id}`);
  return page.slice(start, page.indexOf("</section>", start));
}

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
async function buildFailure(dataset: string, env: Record<string, string> = {}): Promise<string> {
  try {
    await buildDeck(join(work, "out-failed"), { ALIGNMENT_DATASET: dataset, ...env });
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
    // A quoted figure's value is the number its quote states: the correction changes both, as a maintainer would.
    trade.quote = (trade.quote ?? "").replace("$107.1 billion", "$123.4 billion");
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
      // The slide's face (its notes, loaded apart, keep the essay's own words, which quote the figure as printed).
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

describe("a dataset's text, whatever it holds", () => {
  it("reaches the page exactly as written: no environment variable substituted, no asset placeholder resolved, no replacement pattern expanded", async () => {
    const data = original();
    data.meta.affiliation = "%VITE_SECRET%";
    data.meta.title = "Alignment $& and $` and $' too";
    // What Vite's HTML processing turns into an asset's path (or a build error) when it meets it in a page.
    const placeholder = "__VITE_ASSET__abcdefghijklmnopqrstuv__";
    const claim = data.claims.find((c) => c.id === "claim.tsentr-scenario");
    if (claim === undefined) throw new Error("the dataset lost claim.tsentr-scenario");
    claim.label = placeholder;
    const outDir = join(work, "out-literal");
    // The essay is given too: the dataset's own quotes all occur in it, so the check lets the build through.
    await buildDeck(outDir, {
      ALIGNMENT_DATASET: writeDataset("literal.json", data),
      ALIGNMENT_ESSAY: essayFile,
      VITE_SECRET: "leaked-secret",
    });
    const built = readFileSync(join(outDir, "index.html"), "utf8");
    // Counted rather than matched, so that a failure says how often the secret leaked instead of printing the page.
    expect(built.split("leaked-secret").length - 1).toBe(0);
    expect(built.match(/<title>/g)).toHaveLength(1);
    const server = await serve([{ prefix: "/", dir: outDir }]);
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await waitForDeck(page);
      expect(await page.title()).toBe(`${data.meta.title}: Lecture`);
      const opening = page.locator(".reveal .slides > section").first();
      expect(await opening.locator("h1").textContent()).toBe(data.meta.title);
      expect(await opening.locator(".byline").textContent()).toContain("%VITE_SECRET%");
      expect(await page.locator("section#tsentr-2019 .lead").textContent()).toBe(placeholder);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe("a build from figures at the edges of what validation allows", () => {
  it("finishes, with a scaled unit chart and the seats stated as a count", async () => {
    const data = original();
    // No Chinese soldiers among three billion personnel, and fifty million permanent seats; quotes to match.
    const soldiers = figure(data, "tsentr-2019.chinese-soldiers");
    soldiers.value = 0;
    soldiers.quote = "with only 0 soldiers from China";
    const personnel = figure(data, "tsentr-2019.personnel");
    personnel.value = 3e9;
    personnel.quote = "Tsentr involved 3000000000 personnel";
    figure(data, "tsentr-2019.chinese-share").value = 0;
    const seats = figure(data, "unsc.permanent-seats.total");
    seats.value = 5e7;
    seats.quote = "two of the 50000000 permanent seats";
    const outDir = join(work, "out-edges");
    await buildDeck(outDir, { ALIGNMENT_DATASET: writeDataset("edges.json", data) });
    const built = readFileSync(join(outDir, "index.html"), "utf8");
    const tsentr = sectionOf(built, "tsentr-2019");
    expect(tsentr.split("<rect ").length - 1).toBeLessThanOrEqual(100 + 2);
    expect(tsentr).toContain("One square:");
    expect(sectionOf(built, "security-council")).toContain("2 of 50,000,000 seats");
  });
});

describe("a build given the essay", () => {
  it("fails on a quote the essay does not hold, naming the record and the field", async () => {
    const data = original();
    figure(data, "tsentr-2019.personnel").quote = "Tsentr involved 129,000 personnel";
    const output = await buildFailure(writeDataset("misquoted.json", data), { ALIGNMENT_ESSAY: essayFile });
    expect(output).toContain("tsentr-2019.personnel");
    expect(output).toContain("quote");
    expect(output).toContain("does not occur verbatim in the essay");
  });

  it("fails when the essay file cannot be read, naming it", async () => {
    const missing = join(work, "no-such-essay.txt");
    const output = await buildFailure(writeDataset("unchanged.json", original()), { ALIGNMENT_ESSAY: missing });
    expect(output).toContain(`ALIGNMENT_ESSAY=${missing}`);
  });
});
