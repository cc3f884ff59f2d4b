// Exports a handout PDF of every built talk through Chromium, with reveal's print layout (?print-pdf): one page
// per slide, backgrounds printed. With --notes, also a copy with each slide's speaker notes on the page after it.
//
//   node scripts/pdf.mjs [--notes] [--dist <built deck>] [--out <folder>]
//
// Uses Debian's Chromium (CHROMIUM_PATH to override); never downloads a browser.
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "@alignment/devkit/chromium";
import { countPdfPages } from "@alignment/devkit/pdf";
import { startServer } from "@alignment/devkit/serve";

const appDir = new URL("..", import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    notes: { type: "boolean", default: false },
    dist: { type: "string", default: join(appDir, "dist") },
    out: { type: "string", default: join(appDir, "dist-pdf") },
  },
});

const dist = resolve(values.dist);
const out = resolve(values.out);
const pages = readdirSync(dist).filter((file) => file.endsWith(".html"));
if (pages.length === 0) {
  console.error(`No talks in ${dist}: build the deck first (pnpm --filter @alignment/lecture build).`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const server = await startServer({ port: 0, mounts: [{ prefix: "/", dir: dist }] });
const browser = await launchChromium();

/** Opens one talk in reveal's print layout and prints it; returns the file written and its slide count. */
async function printTalk(page, withNotes) {
  const tab = await browser.newPage();
  try {
    const query = withNotes ? "?print-pdf&showNotes=separate-page" : "?print-pdf";
    await tab.goto(`${server.url}${page}${query}`);
    // reveal lays out the print pages after "ready"; each slide becomes a .pdf-page.
    await tab.waitForSelector(".reveal.ready .pdf-page", { state: "attached" });
    const talk = await tab.locator(".reveal").getAttribute("data-talk");
    const slides = await tab.locator(".slides section").count();
    const file = join(out, `${talk ?? page.replace(/\.html$/, "")}${withNotes ? "-notes" : ""}.pdf`);
    await tab.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
    return { file, slides };
  } finally {
    await tab.close();
  }
}

try {
  for (const page of pages) {
    for (const withNotes of values.notes ? [false, true] : [false]) {
      const { file, slides } = await printTalk(page, withNotes);
      const notes = withNotes ? ", each followed by its notes" : "";
      console.log(`${file}: ${countPdfPages(file)} pages for ${slides} slides${notes}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
