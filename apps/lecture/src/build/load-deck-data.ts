// Build-time input: the data package's dataset, or, when ALIGNMENT_DATASET names a JSON file, that file,
// validated by the package's own schema. Read per render so that `pnpm dev` picks up edits.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { dataset } from "@alignment/data";
import { DatasetError, parseDataset } from "@alignment/data/schema";
import { DeckData } from "../deck-data.ts";

const require = createRequire(import.meta.url);

function dataVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve("@alignment/data/package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

function readOverride(path: string) {
  const file = resolve(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`ALIGNMENT_DATASET=${file}: cannot read it as JSON (${(error as Error).message})`);
  }
  try {
    return parseDataset(json);
  } catch (error) {
    if (error instanceof DatasetError) throw new Error(`ALIGNMENT_DATASET=${file}: ${error.message}`);
    throw error;
  }
}

/** `explorerBase` is where source links point unless ALIGNMENT_EXPLORER_URL says otherwise. */
export function loadDeckData(explorerBase: string, env: NodeJS.ProcessEnv = process.env): DeckData {
  const override = env.ALIGNMENT_DATASET;
  return new DeckData(override ? readOverride(override) : dataset, {
    dataVersion: dataVersion(),
    explorerBase: env.ALIGNMENT_EXPLORER_URL ?? explorerBase,
  });
}
