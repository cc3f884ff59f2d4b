import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { parseChangelog, recordHistories } from "./src/history.ts";

const HISTORY_MODULE = "virtual:record-history";

/**
 * `virtual:record-history`: each record's history (the version that added it, those that changed it), computed at
 * build time from the data package's CHANGELOG and its released snapshot, so the page ships only the result.
 */
function recordHistory(): Plugin {
  const dataDir = dirname(createRequire(import.meta.url).resolve("@alignment/data/package.json"));
  const files = {
    changelog: join(dataDir, "CHANGELOG.md"),
    released: join(dataDir, "released", "dataset.json"),
    current: join(dataDir, "dist", "dataset.json"),
  };
  /** Each record of a dataset.json, by id, as JSON text. */
  const recordsOf = (file: string) => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm --filter @alignment/data build\` first`);
    const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const records = Object.values(data).filter(Array.isArray).flat() as { id: string }[];
    return new Map(records.map((r) => [r.id, JSON.stringify(r)]));
  };
  return {
    name: "alignment-record-history",
    resolveId: (id) => (id === HISTORY_MODULE ? `\0${HISTORY_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${HISTORY_MODULE}`) return undefined;
      for (const file of Object.values(files)) this.addWatchFile(file);
      const history = recordHistories(
        parseChangelog(readFileSync(files.changelog, "utf8")),
        recordsOf(files.current),
        recordsOf(files.released),
      );
      return `export default ${JSON.stringify(history)};`;
    },
  };
}

// Two builds: dist/ for serving (relative base, so it works at /explorer/ or at any path), and with
// `--mode single` one self-contained HTML file in dist-single/ that opens from file:// or a USB stick.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  return {
    base: "./",
    plugins: single ? [recordHistory(), viteSingleFile()] : [recordHistory()],
    build: {
      outDir: single ? "dist-single" : "dist",
      emptyOutDir: true,
      target: "es2022",
    },
  };
});
