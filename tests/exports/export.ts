// Running the deck's export commands as `pnpm pdf`, `pnpm images` and `pnpm stick` run them (tsx, from the app's
// folder), and what the built talks hold, read in Chromium, to check the exports against.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { launchChromium } from "@alignment/devkit/chromium";
import { lectureDir, repoRoot } from "@alignment/devkit/paths";
import { serve, TALK_PAGES, talkNotes, waitForDeck } from "../support/deck.ts";

const exec = promisify(execFile);

/** Runs `src/export/<command>.ts` with the arguments; resolves with its output, rejects with its error output. */
export function runExport(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return exec(join(lectureDir, "node_modules/.bin/tsx"), [`src/export/${command}.ts`, ...args], {
    cwd: lectureDir,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The version of @alignment/data that the deck is built from. */
export const dataVersion = (
  JSON.parse(readFileSync(join(repoRoot, "packages/data/package.json"), "utf8")) as { version: string }
).version;

export interface BuiltSlide {
  id: string;
  /** The slide's heading as it reads. */
  heading: string;
  /** The ids of the figures its source line links. */
  figures: string[];
  /** Every word it draws, its charts' among them (not an SVG's title or description, which a reader never sees). */
  words: string[];
  /** Each item of its speaker notes (a talking point; a record with its quote and citation), as text. */
  notes: string[];
  /** Its build steps, in a talk that builds: groups of fragments shown one press at a time. */
  steps: number;
}

/** Every slide of every built talk (dist), by talk id. */
export async function builtSlides(dist: string): Promise<Map<string, BuiltSlide[]>> {
  const server = await serve([{ prefix: "/", dir: dist }]);
  const browser = await launchChromium();
  try {
    const talks = new Map<string, BuiltSlide[]>();
    for (const { page: file, talk } of TALK_PAGES) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${file}`);
      await waitForDeck(page);
      // The notes live in a file of their own (or, in a single file, a script element) until the speaker view opens.
      const notes = await talkNotes(page);
      const slides = await page.$$eval(".reveal .slides > section", (sections) =>
        sections.map((s) => {
          const groups = new Set(
            Array.from(s.querySelectorAll(".fragment"), (f, i) => f.getAttribute("data-fragment-index") ?? i),
          );
          return {
            id: s.id,
            heading: s.querySelector("h1, h2")?.textContent?.trim() ?? "",
            figures: (s.getAttribute("data-figures") ?? "").split(" ").filter(Boolean),
            // What the theme shows: an element of the slide set not to display (the title slide's running footer) is
            // not drawn. The slide itself may be undisplayed here, off the screen; in print, every slide shows.
            words: Array.from(s.querySelectorAll("*"))
              .filter((e) => e.closest("title, desc, script, style, template") === null)
              .filter((e) => {
                for (let at: Element | null = e; at !== null && at !== s; at = at.parentElement) {
                  if (getComputedStyle(at).display === "none") return false;
                }
                return true;
              })
              .flatMap((e) => Array.from(e.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE))
              .flatMap((n) => (n.textContent ?? "").split(/\s+/).filter(Boolean)),
            steps: document.querySelector(".reveal")?.getAttribute("data-builds") === "true" ? groups.size : 0,
          };
        }),
      );
      // Each item of a slide's notes (a talking point; a record's line) as text, parsed as the speaker view parses it.
      const items = await page.evaluate(
        (all) =>
          Object.fromEntries(
            Object.entries(all).map(([id, { markup }]) => {
              const parsed = document.createElement("template");
              parsed.innerHTML = markup;
              return [id, Array.from(parsed.content.querySelectorAll("li"), (li) => li.textContent ?? "")];
            }),
          ),
        notes,
      );
      talks.set(
        talk,
        slides.map((slide) => ({ ...slide, notes: items[slide.id] ?? [] })),
      );
      await page.close();
    }
    return talks;
  } finally {
    await browser.close();
    await server.close();
  }
}
