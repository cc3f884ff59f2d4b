// Helpers for the deck tests: the talks as built, the repository's own static server on the built deck, building
// the deck into a temporary folder with another dataset, and driving a loaded deck.
import { join } from "node:path";
import { launchChromium } from "@alignment/devkit/chromium";
import { lectureDir, lectureDist } from "@alignment/devkit/paths";
import { type Run, runChecked } from "@alignment/devkit/processes";
import { type Mount, type RunningServer, startServer } from "@alignment/devkit/serve";
import { NOTES_ELEMENT_ID, NOTES_FILE_ATTRIBUTE } from "@alignment/lecture/notes";
import { talks } from "@alignment/lecture/talks";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** The talks as built: page file, and the id each page's `.reveal` element carries. */
export const TALK_PAGES = talks.map((talk) => ({ page: talk.page, talk: talk.id }));

/** Starts the server behind `pnpm start` on a free port of 127.0.0.1. */
export function serve(mounts: Mount[] = [{ prefix: "/", dir: lectureDist }]): Promise<RunningServer> {
  return startServer({ port: 0, mounts });
}

/**
 * The built deck, served as by `serve()`, and Debian's Chromium, for the tests of one file: started before them and
 * stopped after them by hooks this call registers (so call it at the top of the file, before hooks that use them).
 */
export function servedDeck(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serve();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it in a test or a later hook`);
    return value;
  };
  return {
    get browser() {
      return started(browser, "Chromium");
    },
    get url() {
      return started(server, "the deck's server").url;
    },
  };
}

const viteBin = join(lectureDir, "node_modules/vite/bin/vite.js");

/** Builds the deck (dist flavour) into `outDir` with extra environment, e.g. ALIGNMENT_DATASET. */
export function buildDeck(outDir: string, env: Record<string, string>): Promise<Run> {
  return runChecked(process.execPath, [viteBin, "build", "--outDir", outDir, "--emptyOutDir"], {
    cwd: lectureDir,
    env: { ...process.env, ...env },
  });
}

/** Waits until reveal.js has started on the page. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForSelector(".reveal.ready", { state: "attached", timeout: 30_000 });
}

/** The slide ids of the loaded talk, in order. */
export function slideIds(page: Page): Promise<string[]> {
  return page.$$eval(".reveal .slides > section", (sections) => sections.map((s) => s.id));
}

/** The id of the slide on screen. */
export function currentSlide(page: Page): Promise<string | null> {
  return page.$eval(".reveal .slides > section.present", (s) => s.id).catch(() => null);
}

/** Goes to a slide by its URL hash, the way a bookmark or a typed URL would, and waits until it is on screen. */
export async function gotoSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${id}`);
  await page.waitForSelector(`.reveal .slides > section#${id}.present`, { state: "attached", timeout: 20_000 });
}

/** A slide's speaker notes: their markup, their text, and the talking points they open with. */
interface SlideNotes {
  markup: string;
  text: string;
  points: string[];
}

/**
 * The notes of every slide of the loaded talk, by slide id, read where the page keeps them for the speaker view (in
 * the page, or in the file it names) and parsed as the speaker view parses them (innerHTML), without opening it.
 */
export function talkNotes(page: Page): Promise<Record<string, SlideNotes>> {
  return page.evaluate(
    async ({ elementId, fileAttribute }) => {
      const inline = document.getElementById(elementId)?.textContent;
      const file = document.querySelector(".reveal")?.getAttribute(fileAttribute);
      const json = inline ?? (file ? await (await fetch(file)).text() : "{}");
      const notes = JSON.parse(json) as Record<string, string>;
      return Object.fromEntries(
        Object.entries(notes).map(([id, markup]) => {
          const parsed = document.createElement("template");
          parsed.innerHTML = markup;
          const points = Array.from(
            parsed.content.querySelectorAll(".talking-points li"),
            (li) => li.textContent ?? "",
          );
          return [id, { markup, text: parsed.content.textContent ?? "", points }];
        }),
      );
    },
    { elementId: NOTES_ELEMENT_ID, fileAttribute: NOTES_FILE_ATTRIBUTE },
  );
}

/** Text as the notes and slides show it: whitespace runs collapsed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
