// The second floor we measure against: Marp (marp-cli 4.5.1), the lightest of reveal's peers, given the same slides'
// text and speaker notes as a Markdown file and built into its one self-contained HTML file (its bespoke template,
// presenter notes included). Marp needs no browser to write HTML; CHROME_PATH points it at Debian's Chromium anyway,
// so that nothing in it looks for a downloaded one.
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { SlideText } from "./slides.ts";

const marpCli = join(
  dirname(createRequire(import.meta.url).resolve("@marp-team/marp-cli/package.json")),
  "marp-cli.js",
);

/** Text as Markdown shows it literally: CommonMark lets a backslash escape any ASCII punctuation. */
function literal(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);
}

/** A slide: its blocks as paragraphs, its notes as the HTML comments Marp shows in its presenter view. */
function slideMarkdown(slide: SlideText): string {
  const blocks = slide.blocks.map(literal).join("\n\n");
  const notes = slide.notes.map((note) => `<!-- ${note.replace(/--/g, "- -")} -->`).join("\n\n");
  return notes === "" ? blocks : `${blocks}\n\n${notes}`;
}

function marpMarkdown(slides: SlideText[]): string {
  return `---\nmarp: true\n---\n\n${slides.map(slideMarkdown).join("\n\n---\n\n")}\n`;
}

/** Writes the Markdown into `directory` and builds it; resolves with the built folder and its page. */
export async function buildMarp({ slides, directory }: { slides: SlideText[]; directory: string }) {
  rmSync(directory, { recursive: true, force: true });
  const dist = join(directory, "dist");
  mkdirSync(dist, { recursive: true });
  const source = join(directory, "slides.md");
  writeFileSync(source, marpMarkdown(slides));
  await promisify(execFile)(process.execPath, [marpCli, "--no-stdin", source, "-o", join(dist, "index.html")], {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { dist, page: "index.html" };
}
