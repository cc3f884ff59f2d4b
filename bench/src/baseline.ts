// The floor we measure against: a bare reveal.js deck (core, notes plugin, reveal.css; no theme, no fonts) with
// the same slides and words as ours, built by the same Vite, as a folder and as one self-contained HTML file. A
// second floor (`withCharts`) also draws our charts, as the same SVG markup, in place of their words: what a bare
// deck costs that carries the same drawings, so that the PDF export's cost can be split into content and engine.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type PluginOption } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { escapeHtml, type SlideText, slidesOf } from "./slides.ts";

const ENTRY_SCRIPT = `import Reveal from "reveal.js";
import Notes from "reveal.js/plugin/notes";
import "reveal.js/reveal.css";

Reveal.initialize({ plugins: [Notes] });
`;

/**
 * A slide of the bare deck. Its notes travel the way ours do, in reveal's `data-notes` attribute, so that the two
 * decks differ only in theme, markup and code, not in how much the page parses at load.
 */
function sectionOf(slide: SlideText, withCharts: boolean) {
  const words = withCharts ? wordsBesideCharts(slide) : slide.blocks;
  const charts = withCharts ? slide.charts.join("") : "";
  const blocks = words.map((text) => `<p>${escapeHtml(text)}</p>`).join("") + charts;
  const notes = slide.notes.map((text) => `<p>${escapeHtml(text)}</p>`).join("");
  return notes ? `<section data-notes="${escapeHtml(notes)}">${blocks}</section>` : `<section>${blocks}</section>`;
}

/** A slide's words less those its charts draw (each chart's title, description and labels are blocks of the slide). */
function wordsBesideCharts(slide: SlideText): string[] {
  const drawn = slide.charts.flatMap((chart) => slidesOf(`<section>${chart}</section>`)[0]?.blocks ?? []);
  const words = [...slide.blocks];
  for (const word of drawn) {
    const at = words.indexOf(word);
    if (at >= 0) words.splice(at, 1);
  }
  return words;
}

export function baselineHtml(slides: SlideText[], withCharts = false) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline deck</title>
</head>
<body>
<div class="reveal"><div class="slides">
${slides.map((slide) => sectionOf(slide, withCharts)).join("\n")}
</div></div>
<script type="module" src="./main.js"></script>
</body>
</html>
`;
}

/**
 * Writes the baseline's sources into `directory` (which must sit inside bench/, so that Vite resolves reveal.js
 * from bench's own dependencies) and builds them.
 */
export async function buildBaseline({
  slides,
  directory,
  singleFile = true,
  withCharts = false,
}: {
  slides: SlideText[];
  directory: string;
  singleFile?: boolean;
  withCharts?: boolean;
}): Promise<{ dist: string; distSingle: string | undefined }> {
  const source = join(directory, "src");
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, "index.html"), baselineHtml(slides, withCharts));
  writeFileSync(join(source, "main.js"), ENTRY_SCRIPT);

  const viteBuild = (outDir: string, plugins: PluginOption[]) =>
    build({
      root: source,
      base: "./",
      configFile: false,
      logLevel: "warn",
      plugins,
      build: { outDir, emptyOutDir: true },
    });

  const dist = join(directory, "dist");
  await viteBuild(dist, []);
  if (!singleFile) return { dist, distSingle: undefined };
  const distSingle = join(directory, "dist-single");
  await viteBuild(distSingle, [viteSingleFile()]);
  return { dist, distSingle };
}
