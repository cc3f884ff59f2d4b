// `pnpm pdf`: every built talk as a PDF on A4 or Letter paper, printed by Chromium from reveal's print view and laid
// out by print-layout.ts, with real text (selectable, searchable), the data version on every page, and no link to
// the export's own temporary server.
//
//   tsx src/export/pdf.ts [--paper a4|letter] [--layout slides|handout|notes] [--dist <built deck>] [--out <folder>]
//
// A4 by default, the paper of most of the world (--paper letter for North America); one slide a page by default.
import { createRequire } from "node:module";
import { join } from "node:path";
import { countPdfPages } from "@alignment/devkit/pdf";
import { appDir, builtTalks, fail, oneOf, parseCommandLine, userPath, writeWhole } from "./cli.ts";
import { DeckSession } from "./deck-session.ts";
import { LAYOUTS, type Layout, layOutSheets, PAPERS, sheetSpec } from "./print-layout.ts";

const USAGE = "pnpm pdf [--paper a4|letter] [--layout slides|handout|notes] [--dist <built deck>] [--out <folder>]";

const { values } = parseCommandLine(
  {
    options: {
      paper: { type: "string", default: "a4" },
      layout: { type: "string", default: "slides" },
      dist: { type: "string", default: join(appDir, "dist") },
      out: { type: "string", default: join(appDir, "dist-pdf") },
      notes: { type: "boolean", default: false },
    },
  },
  USAGE,
);
if (values.notes) fail(`--notes is now --layout notes (each slide with its notes).\nUsage: ${USAGE}`);
const paper = oneOf("paper", values.paper, PAPERS);
const layout = oneOf("layout", values.layout, LAYOUTS);
const dist = userPath(values.dist);
const out = userPath(values.out);
const talks = builtTalks(dist);

/** The version of @alignment/data the deck reads its facts from, as its slides' footers give it. */
const dataVersion = (createRequire(import.meta.url)("@alignment/data/package.json") as { version: string }).version;

const DESCRIBED: Record<Layout, string> = {
  slides: "one slide a page",
  handout: "three slides a page beside lines for notes",
  notes: "each slide with its notes",
};

const session = await DeckSession.start(dist);
try {
  for (const talk of talks) {
    // The notes are fetched only when something asks for them (the speaker view, or `showNotes`): the notes layout
    // asks, and lays them out itself rather than in reveal's print view (showNotes=false).
    const query = layout === "notes" ? "?print-pdf&showNotes=false" : "?print-pdf";
    const page = await session.open(talk, { query });
    try {
      const footer = `${await page.title()} · @alignment/data ${dataVersion}`;
      const report = await page.evaluate(layOutSheets, sheetSpec(layout, paper, footer));
      const local = report.links.filter((link) => link.startsWith(new URL(page.url()).origin));
      if (local.length > 0)
        throw new Error(`${talk.page}: links to the export's own server remain: ${local.join(", ")}`);
      const file = join(out, `${talk.talk}-${layout}-${paper}.pdf`);
      const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
      writeWhole(file, pdf);
      console.log(`${file}: ${countPdfPages(pdf)} pages, ${report.slides} slides, ${DESCRIBED[layout]}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await session.close();
}
