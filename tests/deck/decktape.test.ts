// DeckTape, the tool many lecturers export reveal.js decks with, run with its reveal plugin on the served lecture, in
// Debian's Chromium (never a downloaded browser): it finds the deck as window.Reveal and prints one page per slide,
// without reveal's navigation arrows.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { countPdfPages } from "@alignment/devkit/pdf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedDeck, slideIds, waitForDeck } from "../support/deck.ts";

const exec = promisify(execFile);
const decktape = join(createRequire(import.meta.url).resolve("decktape/package.json"), "../decktape.js");
/** DeckTape's own default size, and the size the lecture's page is measured at below. */
const SIZE = { width: 1280, height: 720 };

const deck = servedDeck();
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "alignment-decktape-"));
});
afterAll(async () => {
  if (out) rmSync(out, { recursive: true, force: true });
});

type Box = { x: number; y: number; width: number; height: number };

/** Pixels in `box` of an RGB image that are not the slide's white: the marks something drew there. */
function marksIn(rgb: Uint8Array, imageWidth: number, box: Box): number {
  let marks = 0;
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
      const at = (y * imageWidth + x) * 3;
      if (Math.min(rgb[at] ?? 255, rgb[at + 1] ?? 255, rgb[at + 2] ?? 255) < 200) marks += 1;
    }
  }
  return marks;
}

/** A binary PPM (P6, as pdftoppm writes it) as width and RGB bytes. */
function readPpm(file: string): { width: number; rgb: Uint8Array } {
  const bytes = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (header === null) throw new Error(`${file} is not a binary PPM`);
  return { width: Number(header[1]), rgb: bytes.subarray(header[0].length) };
}

/** The lecture's title slide as the browser shows it: its arrows' box, and the marks in it, drawn to a canvas. */
async function arrowsOnScreen(page: Page): Promise<{ box: Box; marks: number }> {
  // The arrows are buttons placed inside reveal's controls element, which itself has no size: the joint box of those
  // that can be pressed (on the title slide, the arrow on to the next; the slide number sits below it).
  const box = await page.$$eval(".reveal .controls button.enabled", (buttons) => {
    const boxes = buttons.map((b) => b.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    const right = Math.max(...boxes.map((b) => b.right));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
  if (!(box.width > 0)) throw new Error("the deck shows no arrows");
  const png = (await page.screenshot()).toString("base64");
  const rgb = await page.evaluate(
    async ({ data, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const drawing = canvas.getContext("2d");
      if (drawing === null) throw new Error("no 2d canvas");
      drawing.drawImage(image, 0, 0);
      const rgba = drawing.getImageData(0, 0, width, height).data;
      return Array.from({ length: width * height * 3 }, (_, i) => rgba[Math.floor(i / 3) * 4 + (i % 3)] ?? 255);
    },
    { data: png, ...SIZE },
  );
  return { box, marks: marksIn(Uint8Array.from(rgb), SIZE.width, box) };
}

describe("DeckTape 3.16.1 with its reveal plugin", () => {
  // DeckTape prints slide by slide in a Chromium of its own: a minute and a half on a busy two-core machine.
  it("exports the served lecture as one page per slide, without reveal's arrows", { timeout: 300_000 }, async () => {
    const page = await deck.browser.newPage({ viewport: SIZE, reducedMotion: "reduce" });
    await page.goto(`${deck.url}index.html`);
    await waitForDeck(page);
    const slides = (await slideIds(page)).length;
    const shown = await arrowsOnScreen(page);
    await page.close();
    // The arrows are drawn where the check below looks for them.
    expect(shown.marks).toBeGreaterThan(20);

    const pdf = join(out, "lecture.pdf");
    const { stdout } = await exec(
      process.execPath,
      [
        decktape,
        "reveal",
        "--size",
        `${SIZE.width}x${SIZE.height}`,
        "--pause",
        "200",
        "--chrome-path",
        process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        "--chrome-arg=--no-sandbox",
        "--chrome-arg=--disable-gpu",
        `${deck.url}index.html`,
        pdf,
      ],
      { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1" }, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 },
    );
    expect(stdout).toContain("Reveal JS plugin activated");
    expect(countPdfPages(pdf)).toBe(slides);

    // The first page, drawn at the deck's size, has nothing where the arrows were.
    const first = join(out, "first");
    await exec("pdftoppm", [
      "-f",
      "1",
      "-l",
      "1",
      "-scale-to-x",
      `${SIZE.width}`,
      "-scale-to-y",
      `${SIZE.height}`,
      pdf,
      first,
    ]);
    const raster = readPpm(`${first}-01.ppm`);
    expect(raster.width).toBe(SIZE.width);
    expect(marksIn(raster.rgb, raster.width, shown.box)).toBe(0);
    // and the title's text is on it, as text.
    const { stdout: text } = await exec("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]);
    expect(text).toMatch(/Alignment/);
  });
});
