// The edit loop a maintainer lives in: with the deck's Vite dev server running (it reads @alignment/data from its
// sources and reloads the page when one changes) and the deck open in Chromium, the time from saving a change to a
// data file until the open deck shows it. The file is put back afterwards whatever happens, and the time for the
// deck to show the original again is a second sample.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { startService } from "@alignment/devkit/processes";
import type { Browser, Page } from "playwright-core";
import type { SlideText } from "./slides.ts";

const TIMEOUT_MS = 60_000;

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A label or name in a data content file (never a quote or a quotation's text, which must match the essay) that
 * the built deck shows as a whole heading or paragraph of its own, and that appears nowhere else in the data: so
 * that editing it must change the open deck, and nothing else can show the old text.
 * @param slides  the built deck's slides
 */
function findEditableText(contentDirectory: string, slides: SlideText[]) {
  const sources = readdirSync(contentDirectory)
    .filter((file) => file.endsWith(".ts"))
    .sort()
    .map((name) => ({
      file: join(contentDirectory, name),
      source: readFileSync(join(contentDirectory, name), "utf8"),
    }));
  const occurrences = (text: string) => sources.reduce((count, { source }) => count + source.split(text).length - 1, 0);
  const shownBlocks = new Set(slides.flatMap((slide) => slide.blocks));
  for (const { file, source } of sources) {
    for (const match of source.matchAll(/^\s*(?:label|name): "([^"\\]{12,})",?$/gm)) {
      const value = match[1] as string;
      if (shownBlocks.has(value) && occurrences(value) === 1) return { file, value, literal: `"${value}"` };
    }
  }
  throw new Error(`no label or name in ${contentDirectory} is shown on its own in the built deck`);
}

/**
 * @param what  what the deck should show, for the error when it does not
 * @param condition  on the deck's text (all slides, shown or not)
 * @param since  performance.now() when the file was saved
 */
async function waitForDeckText(page: Page, what: string, condition: (text: string) => boolean, since: number) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    // The dev server may reload the page: a check that hits a navigation simply tries again.
    const text = await page.evaluate(() => document.body?.textContent ?? "").catch(() => "");
    if (condition(text)) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the dev deck did not show ${what} within ${TIMEOUT_MS} ms`);
}

export async function devEditTimes({
  browser,
  workspaceRoot,
  slides,
}: {
  browser: Browser;
  workspaceRoot: string;
  slides: SlideText[];
}): Promise<{ editToDeckMs: number[]; file: string; text: string }> {
  const contentDirectory = join(workspaceRoot, "packages/data/src/content");
  const edit = findEditableText(contentDirectory, slides);
  const marker = `bench-edit-${process.pid}`;
  const markedLiteral = `"${edit.value} ${marker}"`;
  // Each change re-reads the file and touches only this one literal: someone else's edit to the same file while
  // the bench runs survives the restore.
  const replaceLiteral = (from: string, to: string) => {
    const current = readFileSync(edit.file, "utf8");
    if (current.includes(from)) writeFileSync(edit.file, current.replace(from, to));
  };

  // The file's times, put back with its words: a source file newer than the data package's build would make the
  // release tools refuse to run (dist older than src) until a rebuild, which turbo's cache would not even do.
  const before = { text: readFileSync(edit.file, "utf8"), times: statSync(edit.file) };

  const port = await freePort();
  const server = await startService(
    "pnpm",
    ["--filter", "@alignment/lecture", "dev", "--port", String(port), "--strictPort"],
    {
      cwd: workspaceRoot,
    },
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const opened = await page.goto(url).catch(() => undefined);
      if (opened?.ok()) break;
      if (Date.now() > deadline) throw new Error(`the dev server did not answer at ${url}:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const where = `"${edit.value}" of ${edit.file}`;
    await waitForDeckText(page, where, (text) => text.includes(edit.value), performance.now());
    // Let the dev server's start-up work (dependency scan, first renders) settle before the measured edits.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const samples: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      let saved = performance.now();
      replaceLiteral(edit.literal, markedLiteral);
      samples.push(await waitForDeckText(page, `the edit to ${where}`, (text) => text.includes(marker), saved));
      saved = performance.now();
      replaceLiteral(markedLiteral, edit.literal);
      const restored = (text: string) => text.includes(edit.value) && !text.includes(marker);
      samples.push(await waitForDeckText(page, `${where} restored`, restored, saved));
    }
    return { editToDeckMs: samples, file: relative(workspaceRoot, edit.file), text: edit.value };
  } finally {
    replaceLiteral(markedLiteral, edit.literal);
    if (readFileSync(edit.file, "utf8") === before.text) utimesSync(edit.file, before.times.atime, before.times.mtime);
    await context.close();
    await server.stop();
  }
}
