// `pnpm pptx`: an editable PowerPoint file per talk, read back by real readers. LibreOffice (headless) renders each
// file to PDF: a page per slide of the deck, every slide's figures in its text with their hedges, the data version
// and the source line on each. The package's own XML (a zip, read with jszip) holds the charts as chart parts with
// the data's numbers, not pictures; the titles as the layout's title placeholders; notes with the talking points and
// each figure's quote; and links only to a configured explorer, never to a local address.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { dataset, formatQualifiedValue, formatValue } from "@alignment/data";
import { lectureDir, lectureDist, repoRoot } from "@alignment/devkit/paths";
import { countPdfPages } from "@alignment/devkit/pdf";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { squash, TALK_PAGES } from "../support/deck.ts";

const exec = promisify(execFile);
const cli = join(lectureDir, "src/export/pptx/cli.ts");
const EXPLORER = "https://explorer.example.org/alignment/";

let out: string;
let linked: string;
let log: string;

/** Runs the export as `pnpm pptx` does (tsx from the root), with ALIGNMENT_EXPLORER_URL set to `explorer` or unset. */
async function exportPptx(dir: string, explorer: string | undefined, args: string[] = []): Promise<string> {
  const env = { ...process.env };
  delete env.ALIGNMENT_EXPLORER_URL;
  if (explorer !== undefined) env.ALIGNMENT_EXPLORER_URL = explorer;
  const { stdout, stderr } = await exec(process.execPath, ["--import", "tsx", cli, "--out", dir, ...args], {
    cwd: repoRoot,
    env,
  });
  return stdout + stderr;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "alignment-pptx-"));
  linked = mkdtempSync(join(tmpdir(), "alignment-pptx-linked-"));
  log = await exportPptx(out, undefined);
  await exportPptx(linked, EXPLORER, ["--talk", "briefing"]);
  // A profile of its own, so that a LibreOffice already running (or another test run) does not take the job.
  await exec(
    "soffice",
    [
      `-env:UserInstallation=file://${join(out, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      ...TALK_PAGES.map(({ talk }) => join(out, `${talk}.pptx`)),
    ],
    { timeout: 150_000 },
  );
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(linked, { recursive: true, force: true });
});

interface DeckSlide {
  id: string;
  figures: string[];
  /** Figures the deck says as a part of a whole ("2 of the 5 permanent seats"): their bare number. */
  counted: string[];
  heading: string;
  hasSourceLine: boolean;
  hasQrCode: boolean;
}

/** The slides of a built talk page, as the deck shows them: id, figures, heading. */
function deckSlides(page: string): DeckSlide[] {
  const html = readFileSync(join(lectureDist, page), "utf8");
  return [...html.matchAll(/<section id="([^"]+)"[^>]*data-figures="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)].map(
    ([, id = "", figures = "", body = ""]) => ({
      id,
      figures: figures.split(" ").filter(Boolean),
      counted: [...body.matchAll(/data-figure-count="([^"]+)"/g)].map(([, id = ""]) => id),
      heading: xmlText(/<h[12]>([\s\S]*?)<\/h[12]>/.exec(body)?.[1] ?? ""),
      hasSourceLine: body.includes('class="source-line"'),
      hasQrCode: body.includes('class="follow"'),
    }),
  );
}

/** Text content of markup: tags dropped, the entities our writers use decoded, whitespace collapsed. */
function xmlText(markup: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
  return squash(
    markup.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => entities[e] ?? ""),
  );
}

/** Each page's text as LibreOffice's PDF holds it (pdftotext separates pages with form feeds). */
async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", [file, "-"], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split("\f").map(squash);
}

function figure(id: string) {
  const found = dataset.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`figure ${id}: not in the dataset`);
  return found;
}

async function open(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

async function read(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`${path}: not in the package`);
  return file.async("string");
}

/** The parts a slide's relationships point at, as package paths (`ppt/charts/chart1.xml`). */
async function related(zip: JSZip, slide: number): Promise<{ type: string; target: string; external: boolean }[]> {
  const rels = await read(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  return [...rels.matchAll(/<Relationship ([^>]*)\/>/g)].map(([, attrs = ""]) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? "";
    const external = attr("TargetMode") === "External";
    const target = attr("Target");
    // Inside the package a target is relative to ppt/slides/ (`../charts/chart1.xml`) or absolute (`/ppt/...`).
    const part = target.startsWith("/") ? target.slice(1) : target.replace(/^\.\.\//, "ppt/");
    return { type: attr("Type").replace(/.*\//, ""), target: external ? target : part, external };
  });
}

it("reports no slide whose text runs past its foot", () => {
  for (const { talk } of TALK_PAGES) expect(log).toMatch(new RegExp(`${talk}\\.pptx: \\d+ slides`));
  expect(log).not.toContain("runs past");
});

describe.each(TALK_PAGES)("the $talk PowerPoint file", ({ page, talk }) => {
  const pptx = () => join(out, `${talk}.pptx`);

  it("renders in LibreOffice as one page per slide of the deck", () => {
    const slides = deckSlides(page);
    expect(slides.length).toBeGreaterThan(5);
    expect(countPdfPages(join(out, `${talk}.pdf`))).toBe(slides.length);
  });

  it("shows every slide's figures as the deck does, hedges kept, with the data version and source line", async () => {
    const pages = await pdfPages(join(out, `${talk}.pdf`));
    const version = JSON.parse(readFileSync(join(lectureDir, "../../packages/data/package.json"), "utf8")).version;
    for (const [i, slide] of deckSlides(page).entries()) {
      const text = pages[i] ?? "";
      expect(text, slide.id).toContain(`@alignment/data ${version}`);
      if (slide.hasSourceLine) expect(text, slide.id).toContain("Source: Kathryn Stoner");
      for (const id of slide.figures) {
        const f = figure(id);
        if (slide.counted.includes(id)) {
          expect(text, `${slide.id} › ${id}`).toContain(`${formatValue({ ...f, counts: undefined })} of the `);
          continue;
        }
        // The value with the essay's hedge in front ("an estimated 43 meetings"); a computed one says so.
        expect(text, `${slide.id} › ${id}`).toContain(formatQualifiedValue({ ...f, origin: "essay" }));
        expect(text, `${slide.id} › ${id}`).toContain(formatValue(f));
        if (f.origin === "derived") expect(text, `${slide.id} › ${id}`).toContain("computed");
      }
    }
  });

  it("sets each slide's title as its title placeholder, in the deck's words", async () => {
    const zip = await open(pptx());
    for (const [i, slide] of deckSlides(page).entries()) {
      const xml = await read(zip, `ppt/slides/slide${i + 1}.xml`);
      const title = /<p:sp>(?:(?!<\/p:sp>).)*?<p:ph[^>]*type="title"(?:(?!<\/p:sp>).)*<\/p:sp>/s.exec(xml)?.[0] ?? "";
      expect(xmlText(title.replace(/<a:endParaRPr[^>]*\/>/g, "")), slide.id).toBe(slide.heading);
    }
  });

  it("holds its bar charts as native chart parts with the data's numbers, and no picture but the QR codes", async () => {
    const zip = await open(pptx());
    const slides = deckSlides(page);
    const trade = slides.findIndex((s) => s.id === "trade") + 1;
    expect(trade).toBeGreaterThan(0);
    const charts = (await related(zip, trade)).filter((r) => r.type === "chart");
    expect(charts).toHaveLength(1);
    const chart = await read(zip, charts[0]?.target ?? "");
    expect(chart).toContain("<c:barChart>");
    for (const id of ["trade.bilateral.2016", "trade.bilateral.2018"]) {
      expect(chart).toContain(`<c:v>${figure(id).value / 1e9}</c:v>`);
    }
    // Titled by the deck's measure line, in the scale the chart's numbers are in.
    expect(xmlText(chart)).toContain("in billions of US dollars");
    for (const [i, slide] of slides.entries()) {
      const images = (await related(zip, i + 1)).filter((r) => r.type === "image");
      expect(images.length, slide.id).toBe(slide.hasQrCode ? 1 : 0);
    }
  });

  it("draws the redesigned charts: the oil index in one colour, a hundred squares of arms sales, the timeline's marks", async () => {
    const zip = await open(pptx());
    const slides = deckSlides(page);
    const number = (id: string) => slides.findIndex((s) => s.id === id) + 1;
    const oil = number("oil");
    const arms = number("arms-sales");
    if (talk === "lecture") {
      expect(oil).toBeGreaterThan(0);
      expect(arms).toBeGreaterThan(0);
      expect(slides.filter((s) => s.id.startsWith("timeline-"))).toHaveLength(2);
    }
    if (oil > 0) {
      const part = (await related(zip, oil)).find((r) => r.type === "chart");
      const chart = await read(zip, part?.target ?? "");
      const growth = figure("oil.exports-to-china.growth.2012-2017").value;
      expect(chart).toContain("<c:v>100</c:v>");
      expect(chart).toContain(`<c:v>${100 + growth}</c:v>`);
      expect(xmlText(chart)).toContain("index (2012 = 100)");
      // One neutral colour for both bars (no bar of its own colour): a colour stands for a country, and an index of
      // one country's exports compares no country with another.
      expect(chart).not.toContain("<c:dPt>");
      expect(chart.toUpperCase()).toContain('<A:SOLIDFILL><A:SRGBCLR VAL="56606B"');
      for (const country of ["1D4F91", "B3121D"]) expect(chart.toUpperCase()).not.toContain(country);
    }
    if (arms > 0) {
      const xml = await read(zip, `ppt/slides/slide${arms}.xml`);
      expect(xml.match(/name="Square"/g)).toHaveLength(100);
    }
    for (const [i, slide] of slides.entries()) {
      if (!slide.id.startsWith("timeline-")) continue;
      const xml = await read(zip, `ppt/slides/slide${i + 1}.xml`);
      const rows =
        (
          readFileSync(join(lectureDist, page), "utf8").match(
            new RegExp(`<section id="${slide.id}"[\\s\\S]*?</section>`),
          )?.[0] ?? ""
        ).match(/class="fragment timeline-row"/g)?.length ?? 0;
      expect(rows, slide.id).toBeGreaterThan(0);
      expect(xml.match(/name="Event"/g), slide.id).toHaveLength(rows);
      expect(xml.match(/name="Year"/g)?.length ?? 0, slide.id).toBeGreaterThan(2);
    }
  });

  it("edges each card in the deck's colour for it: an event's card in its country's colour, the others neutral", async () => {
    const zip = await open(pptx());
    const html = readFileSync(join(lectureDist, page), "utf8");
    // The neutral edge, as the page sets it (palette.ts, written into the page as --other).
    const other = (/--other:(#[0-9a-f]{6})/i.exec(html)?.[1] ?? "").replace("#", "").toUpperCase();
    expect(other).toMatch(/^[0-9A-F]{6}$/);
    let countryEdges = 0;
    for (const [i, slide] of deckSlides(page).entries()) {
      const section = html.match(new RegExp(`<section id="${slide.id}"[\\s\\S]*?</section>`))?.[0] ?? "";
      // theme.css: a card's top edge is --other unless its markup sets its country's colour.
      const deckEdges = [
        ...section.matchAll(/<(?:li|div) class="card"( style="border-top-color:(#[0-9a-f]{6})")?/gi),
      ].map(([, , colour]) => (colour === undefined ? other : colour.replace("#", "").toUpperCase()));
      countryEdges += deckEdges.filter((edge) => edge !== other).length;
      const xml = await read(zip, `ppt/slides/slide${i + 1}.xml`);
      const pptxEdges = [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="Card border"[\s\S]*?<\/p:sp>/g)].map(
        ([shape]) => /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(shape)?.[1]?.toUpperCase(),
      );
      expect(pptxEdges, slide.id).toEqual(deckEdges);
    }
    // The friendship slide: Putin's order edged in Russia's colour, Xi's medal in China's.
    if (talk === "lecture" || talk === "briefing") expect(countryEdges).toBe(2);
  });

  it("has notes for every slide with the talking points and each figure's quote", async () => {
    const zip = await open(pptx());
    for (const [i, slide] of deckSlides(page).entries()) {
      const notes = (await related(zip, i + 1)).find((r) => r.type === "notesSlide");
      expect(notes, slide.id).toBeDefined();
      const text = xmlText(await read(zip, notes?.target ?? ""));
      expect(text, slide.id).toContain("Talking points");
      for (const id of slide.figures) {
        const f = figure(id);
        if ("quote" in f && f.quote !== undefined) expect(text, `${slide.id} › ${id}`).toContain(squash(f.quote));
      }
    }
  });

  it("writes each paragraph's properties once, first, as the schema requires", async () => {
    const zip = await open(pptx());
    for (const [i, slide] of deckSlides(page).entries()) {
      expect(await read(zip, `ppt/slides/slide${i + 1}.xml`), slide.id).not.toMatch(/<\/a:r><a:pPr/);
    }
  });

  it("links nowhere local, and without a configured explorer names the records as plain ids", async () => {
    const zip = await open(pptx());
    const homepage = JSON.parse(readFileSync(join(lectureDir, "../../packages/data/package.json"), "utf8")).homepage;
    for (const i of deckSlides(page).keys()) {
      for (const link of (await related(zip, i + 1)).filter((r) => r.external)) {
        expect(link.target).toBe(homepage);
      }
    }
  });
});

it("links each figure to the configured explorer", async () => {
  const zip = await open(join(linked, "briefing.pptx"));
  const slides = deckSlides("briefing.html");
  const trade = slides.findIndex((s) => s.id === "trade") + 1;
  const targets = (await related(zip, trade)).filter((r) => r.external).map((r) => r.target);
  expect(targets).toContain(`${EXPLORER}#/fact/trade.bilateral.2018`);
  for (const target of targets) expect(target).not.toMatch(/127\.0\.0\.1|localhost/);
});

describe("bad options", () => {
  it.each([
    [["--slides", "3"], "Unknown option '--slides'"],
    [["--talk", "seminar"], "--talk seminar: no such talk (talks: lecture, briefing)"],
  ])("%j ends with one line naming the option, and writes nothing", async (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), "alignment-pptx-bad-"));
    try {
      const stderr = await exportPptx(dir, undefined, args).then(
        () => "(it ran)",
        (error: { stderr: string }) => error.stderr,
      );
      expect(stderr).toContain(message);
      expect(stderr, "a stack trace").not.toMatch(/^\s+at /m);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
