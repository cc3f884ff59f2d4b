// `pnpm pptx`: one editable PowerPoint file per talk, from the talks and the data the deck is built from.
//
//   node --import tsx apps/lecture/src/export/pptx/cli.ts [--talk <id>] [--out <folder>]
//
// Source links point at ALIGNMENT_EXPLORER_URL, as the deck's do; without it a .pptx has no explorer to link to, so
// the source lines name the records' ids as plain text.
import { join } from "node:path";
import { talks } from "../../talks/index.ts";
import { loadDeckData } from "../../vite-plugin/load-deck-data.ts";
import { appDir, fail, parseCommandLine, userPath, writeWhole } from "../cli.ts";
import { buildPresentation } from "./presentation.ts";

const { values } = parseCommandLine(
  { options: { talk: { type: "string" }, out: { type: "string", default: join(appDir, "dist-pptx") } } },
  "pnpm pptx [--talk <id>] [--out <folder>]",
);

const chosen = values.talk === undefined ? talks : talks.filter((t) => t.id === values.talk);
if (chosen.length === 0) fail(`--talk ${values.talk}: no such talk (talks: ${talks.map((t) => t.id).join(", ")})`);
const out = userPath(values.out);

// No relative explorer: a link the deck would resolve against its own page has nothing to open in a .pptx.
const deck = await loadDeckData("");
for (const talk of chosen) {
  const started = performance.now();
  const { bytes, slides, overflowing } = await buildPresentation(talk, deck);
  const file = join(out, `${talk.id}.pptx`);
  writeWhole(file, bytes);
  const ms = Math.round(performance.now() - started);
  console.log(`${file}: ${slides} slides, ${Math.round(bytes.byteLength / 1024)} kB, ${ms} ms`);
  for (const id of overflowing) {
    console.warn(`  slide "${id}": its text runs past the slide's foot even at the smallest type; shorten it`);
  }
}
