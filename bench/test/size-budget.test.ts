// The size budget, run by `pnpm test`: the deck may weigh at most 1.15x a bare reveal.js deck with the same slides,
// built in this run by the same Vite, and reading the data must not cost a consumer the validator.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageAssets } from "../src/assets.ts";
import { buildBaseline } from "../src/baseline.ts";
import { entryFile, importGraph } from "../src/data-package.ts";
import { BYTES_TARGET, lectureBuild } from "../src/lecture.ts";
import { pageWithNotes, type SlideText, slidesOf, wordsOf } from "../src/slides.ts";

const benchDirectory = join(import.meta.dirname, "..");
const ours = lectureBuild();

describe("the deck's size budget", () => {
  let scratch = "";
  let ourSlides: SlideText[] = [];
  let baselineDist = "";

  beforeAll(async () => {
    // Inside bench/, so that the baseline's Vite resolves reveal.js; a directory of its own, so that a `pnpm bench`
    // running at the same time keeps its baseline.
    mkdirSync(join(benchDirectory, ".baseline"), { recursive: true });
    scratch = mkdtempSync(join(benchDirectory, ".baseline", "budget-"));
    ourSlides = slidesOf(pageWithNotes(ours.dist, ours.page));
    baselineDist = (await buildBaseline({ slides: ourSlides, directory: scratch, singleFile: false })).dist;
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("compares against a baseline with the same slides and the same text", () => {
    expect(ourSlides.length).toBeGreaterThan(10);
    // Our notes load with the speaker view, from a file beside the page: the baseline carries them all the same.
    expect(ourSlides.filter((slide) => slide.notes.length > 0).length).toBe(ourSlides.length);
    expect(wordsOf(slidesOf(readFileSync(join(baselineDist, "index.html"), "utf8")))).toEqual(wordsOf(ourSlides));
  });

  it(`keeps the full lecture's JS+CSS (gzip) within ${BYTES_TARGET}x the bare reveal.js deck's`, () => {
    const deck = pageAssets(ours.dist, ours.page);
    const baseline = pageAssets(baselineDist, "index.html");
    const deckBytes = deck.js.gzip + deck.css.gzip;
    const baselineBytes = baseline.js.gzip + baseline.css.gzip;
    expect(baseline.files.some((file) => file.endsWith(".js"))).toBe(true);
    expect(
      deckBytes / baselineBytes,
      `deck ${deckBytes} B (${deck.files.join(", ")}) against baseline ${baselineBytes} B`,
    ).toBeLessThanOrEqual(BYTES_TARGET);
  });
});

describe("the data package's budget", () => {
  it("loads no zod from the main entry, as ESM or CommonJS", () => {
    expect(importGraph(entryFile(".", "import")).packages).not.toContain("zod");
    expect(importGraph(entryFile(".", "require")).packages).not.toContain("zod");
  });

  it("does load zod from /schema (the check above sees imports at all)", () => {
    expect(importGraph(entryFile("./schema", "import")).packages).toContain("zod");
    expect(importGraph(entryFile("./schema", "require")).packages).toContain("zod");
  });
});
