// Build-time input: the data package's dataset, or, when ALIGNMENT_DATASET names a JSON file, that file,
// validated by the package's own schema; when ALIGNMENT_ESSAY names the essay's text, every quote must occur in it.
// Read per render so that `pnpm dev` picks up edits.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { dataset } from "@alignment/data";
import { DatasetError, parseDataset } from "@alignment/data/schema";
import { DeckData, type DeckDataset } from "../engine/deck-data.ts";
import { followLink } from "../engine/follow.ts";

const require = createRequire(import.meta.url);

/** The data package's version, and its homepage: the public fact explorer. */
function dataPackage(): { version: string; homepage: string } {
  return JSON.parse(readFileSync(require.resolve("@alignment/data/package.json"), "utf8")) as {
    version: string;
    homepage: string;
  };
}

/** The file a variable names, read as text; a failure names the variable and the file. */
function readNamed(variable: string, path: string): { file: string; text: string } {
  const file = resolve(path);
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (error) {
    throw new Error(`${variable}=${file}: cannot read it (${(error as Error).message})`);
  }
}

function readOverride(path: string): { origin: string; json: unknown } {
  const { file, text } = readNamed("ALIGNMENT_DATASET", path);
  try {
    return { origin: `ALIGNMENT_DATASET=${file}`, json: JSON.parse(text) };
  } catch (error) {
    throw new Error(`ALIGNMENT_DATASET=${file}: cannot read it as JSON (${(error as Error).message})`);
  }
}

/** The dataset to build from, validated (against the essay too, when one is given). */
function deckDataset(env: NodeJS.ProcessEnv): DeckDataset {
  if (!env.ALIGNMENT_DATASET && !env.ALIGNMENT_ESSAY) return dataset;
  const { origin, json } = env.ALIGNMENT_DATASET
    ? readOverride(env.ALIGNMENT_DATASET)
    : { origin: "@alignment/data", json: dataset };
  const essay = env.ALIGNMENT_ESSAY ? readNamed("ALIGNMENT_ESSAY", env.ALIGNMENT_ESSAY) : undefined;
  try {
    return parseDataset(json, essay === undefined ? {} : { essay: essay.text });
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const against = essay === undefined ? "" : ` (quotes checked against ALIGNMENT_ESSAY=${essay.file})`;
    throw new Error(`${origin}${against}: ${error.message}`);
  }
}

/**
 * `explorerBase` is where source links point unless ALIGNMENT_EXPLORER_URL says otherwise. Students are sent (QR code)
 * to ALIGNMENT_EXPLORER_URL, or else to the public explorer, the data package's homepage.
 */
export async function loadDeckData(explorerBase: string, env: NodeJS.ProcessEnv = process.env): Promise<DeckData> {
  const manifest = dataPackage();
  const follow = env.ALIGNMENT_EXPLORER_URL
    ? await followLink(env.ALIGNMENT_EXPLORER_URL, "ALIGNMENT_EXPLORER_URL")
    : await followLink(manifest.homepage, "@alignment/data's package.json › homepage");
  return new DeckData(deckDataset(env), {
    dataVersion: manifest.version,
    explorerBase: env.ALIGNMENT_EXPLORER_URL ?? explorerBase,
    follow,
  });
}
