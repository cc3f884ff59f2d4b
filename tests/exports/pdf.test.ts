// `pnpm pdf`, read back by poppler as a student's PDF reader would: pages exactly A4 or Letter; one slide a page,
// three beside ruled lines, or each slide with its notes, continued on pages headed "Slide N (cont.)" that start
// between two notes and never leave a blank page; text that can be selected; the data version on every page; and
// links only to the explorer's configured public address, or none (the record's id as text), never to the export's
// own temporary server.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lectureDist } from "@alignment/devkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeck, TALK_PAGES } from "../support/deck.ts";
import { type BuiltSlide, builtSlides, dataVersion, runExport } from "./export.ts";
import { embeddedFonts, links, pageSizes, pageTexts, unspaced } from "./poppler.ts";

const A4 = { width: 595, height: 842 };
const LETTER = { width: 612, height: 792 };
const PUBLIC_EXPLORER = "https://explorer.example.org/alignment/";

let out: string;
let log: string;
let slides: Map<string, BuiltSlide[]>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "alignment-pdf-"));
  slides = await builtSlides(lectureDist);
  log = "";
  for (const args of [[], ["--layout", "handout", "--paper", "letter"], ["--layout", "notes"]]) {
    log += (await runExport("pdf", [...args, "--out", out])).stdout;
  }
  // Six PDFs: two minutes on a loaded two-core machine.
}, 600_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const slidesOf = (talk: string): BuiltSlide[] => slides.get(talk) ?? [];

describe.each(TALK_PAGES)("the $talk as PDF", ({ talk }) => {
  it("one slide a page by default: A4 landscape, each page's slide as text, with the data version", async () => {
    const file = join(out, `${talk}-slides-a4.pdf`);
    const texts = await pageTexts(file);
    expect(slidesOf(talk).length).toBeGreaterThan(5);
    expect(texts).toHaveLength(slidesOf(talk).length);
    expect(new Set((await pageSizes(file)).map((s) => `${s.width}x${s.height}`))).toEqual(
      new Set([`${A4.height}x${A4.width}`]),
    );
    slidesOf(talk).forEach((slide, i) => {
      expect(unspaced(texts[i] ?? "")).toContain(unspaced(slide.heading));
      // Every word the slide draws, its charts' labels too: the print view lays out only the slides on screen until
      // the browser prints (theme.css), and printing must still draw every one whole.
      const page = unspaced(texts[i] ?? "");
      expect(slide.words.length).toBeGreaterThan(5);
      expect(
        slide.words.filter((word) => !page.includes(unspaced(word))),
        slide.id,
      ).toEqual([]);
      expect(texts[i]).toContain(`@alignment/data ${dataVersion}`);
      expect(texts[i]).toContain(`Page ${i + 1} of ${texts.length}`);
    });
    expect(log).toContain(`${talk}-slides-a4.pdf: ${texts.length} pages, ${texts.length} slides, one slide a page`);
  });

  // Each face embedded is a font subset the export builds and the reader loads: the theme draws two, regular and bold.
  it("embeds two faces of its font, each once, in every layout: no italic, no copy of the bold for a weight the font lacks", async () => {
    for (const file of [`${talk}-slides-a4.pdf`, `${talk}-handout-letter.pdf`, `${talk}-notes-a4.pdf`]) {
      const fonts = await embeddedFonts(join(out, file));
      expect(fonts.length, file).toBeGreaterThan(0);
      expect(fonts.length, `${file}: ${fonts.join(", ")}`).toBeLessThanOrEqual(2);
      expect(
        fonts.filter((font) => /italic|oblique/i.test(font)),
        file,
      ).toEqual([]);
      const repeated = fonts.filter((font, i) => fonts.indexOf(font) !== i);
      expect(repeated, file).toEqual([]);
    }
  });

  it("links no page to the export's own server: a source line's figures read as their ids", async () => {
    const file = join(out, `${talk}-slides-a4.pdf`);
    const texts = await pageTexts(file);
    for (const link of await links(file)) expect(link.url).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
    expect((await links(file)).filter((link) => link.url.includes("#/fact/"))).toEqual([]);
    slidesOf(talk).forEach((slide, i) => {
      for (const id of slide.figures) expect(texts[i]).toContain(id);
    });
  });

  it("as a handout: three slides a Letter page beside ruled lines, the data version on each page", async () => {
    const file = join(out, `${talk}-handout-letter.pdf`);
    const texts = await pageTexts(file);
    expect(texts).toHaveLength(Math.ceil(slidesOf(talk).length / 3));
    for (const size of await pageSizes(file)) expect(size).toEqual(LETTER);
    texts.forEach((text, page) => {
      expect(text).toContain(`@alignment/data ${dataVersion}`);
      for (const slide of slidesOf(talk).slice(3 * page, 3 * page + 3)) {
        expect(unspaced(text)).toContain(unspaced(slide.heading));
      }
    });
  });

  it("with its notes: each slide, then pages headed 'Slide N (cont.)', each note whole on one page, no blank page", async () => {
    const file = join(out, `${talk}-notes-a4.pdf`);
    const texts = await pageTexts(file);
    for (const size of await pageSizes(file)) expect(size).toEqual(A4);
    const all = slidesOf(talk);
    // Each page opens with the slide it belongs to; a slide's pages follow each other.
    const heads = texts.map((text) => /^\s*Slide (\d+) (of \d+|\(cont\.\))/.exec(text));
    expect(heads.every((head) => head !== null)).toBe(true);
    let expected = 0;
    heads.forEach((head, page) => {
      const number = Number(head?.[1]);
      if (head?.[2] === "(cont.)") expect(number).toBe(expected);
      else expect([number, head?.[2]]).toEqual([++expected, `of ${all.length}`]);
      expect(texts[page]).toContain(`@alignment/data ${dataVersion}`);
      // Never blank: below its heading a page holds notes, not only the footer.
      const body = (texts[page] ?? "").replace(/^\s*Slide.*\n/, "").replace(/Page \d+ of \d+\s*$/, "");
      expect(unspaced(body.replace(`${heads.length}`, "")).length).toBeGreaterThan(80);
    });
    expect(expected).toBe(all.length);
    // The check below reads the notes the deck holds, whatever the pages say: there are some on every slide.
    for (const slide of all) expect(slide.notes.length, slide.id).toBeGreaterThan(0);
    // A page breaks between notes, never inside one: a record's statement, the essay's words and the citation.
    all.forEach((slide, i) => {
      const pages = texts.filter((_, page) => Number(heads[page]?.[1]) === i + 1).map(unspaced);
      for (const note of slide.notes) {
        expect(
          pages.some((text) => text.includes(unspaced(note))),
          `slide ${i + 1}: ${note}`,
        ).toBe(true);
      }
    });
  });
});

describe("links when the explorer's public address is configured", () => {
  let built: string;
  beforeAll(async () => {
    built = mkdtempSync(join(tmpdir(), "alignment-pdf-deck-"));
    await buildDeck(built, { ALIGNMENT_EXPLORER_URL: PUBLIC_EXPLORER });
    await runExport("pdf", ["--dist", built, "--out", built]);
  }, 600_000);
  afterAll(() => {
    rmSync(built, { recursive: true, force: true });
  });

  it.each(TALK_PAGES)("the $talk's source lines link each figure's page there", async ({ talk }) => {
    const found = await links(join(built, `${talk}-slides-a4.pdf`));
    slidesOf(talk).forEach((slide, i) => {
      for (const id of slide.figures) {
        expect(found).toContainEqual({ page: i + 1, url: `${PUBLIC_EXPLORER}#/fact/${encodeURIComponent(id)}` });
      }
    });
    for (const link of found) expect(link.url).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
  });
});

describe("bad options", () => {
  it.each([
    [["--paper", "a5"], '--paper must be a4 or letter, not "a5".'],
    [["--layout", "grid"], '--layout must be slides or handout or notes, not "grid".'],
    [["--notes"], "--notes is now --layout notes"],
  ])("%j ends with one line naming the option", async (args, message) => {
    await expect(runExport("pdf", args)).rejects.toMatchObject({ stderr: expect.stringContaining(message) });
  });

  it("a folder that cannot be made ends naming the file, with nothing left half-written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "alignment-pdf-blocked-"));
    try {
      writeFileSync(join(dir, "handouts"), "a file where the folder would go");
      const out = join(dir, "handouts", "week-3");
      await expect(runExport("pdf", ["--out", out])).rejects.toMatchObject({
        stderr: expect.stringMatching(/handouts\/week-3\/\w+-slides-a4\.pdf could not be written \(/),
      });
      expect(readdirSync(dir)).toEqual(["handouts"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("notes that run past a page", () => {
  // A lecturer's notes can be longer than ours: the briefing's third slide given twelve more talking points, in a copy
  // of the built deck, must continue on pages headed "Slide 3 (cont.)" and lose none of them.
  let copy: string;
  let texts: string[];
  const extra = Array.from({ length: 12 }, (_, i) => `Extra point ${i + 1}: ${"a lecturer's longer note ".repeat(6)}`);

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "alignment-long-notes-"));
    cpSync(lectureDist, copy, { recursive: true });
    const notesFile = readdirSync(join(copy, "assets")).find((f) => /^briefing-notes-.*\.json$/.test(f));
    if (notesFile === undefined) throw new Error("the built briefing has no notes file");
    const path = join(copy, "assets", notesFile);
    const notes = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
    const third = Object.keys(notes)[2] ?? "";
    notes[third] = `${notes[third]}<ul>${extra.map((point) => `<li>${point}</li>`).join("")}</ul>`;
    writeFileSync(path, JSON.stringify(notes));
    await runExport("pdf", ["--layout", "notes", "--dist", copy, "--out", copy]);
    texts = await pageTexts(join(copy, "briefing-notes-a4.pdf"));
  }, 600_000);
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it("continue on pages headed 'Slide 3 (cont.)', every point kept", () => {
    const ofThird = texts.filter((text) => /^\s*Slide 3 (of \d+|\(cont\.\))/.test(text));
    expect(ofThird.length).toBeGreaterThan(1);
    for (const text of ofThird.slice(1)) expect(text).toMatch(/^\s*Slide 3 \(cont\.\)/);
    const all = unspaced(ofThird.join(" "));
    for (const point of extra) expect(all).toContain(unspaced(point));
  });
});
