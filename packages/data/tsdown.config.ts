import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig } from "tsdown";
import packageJson from "./package.json" with { type: "json" };
import { DATA_FILES, dataPackage } from "./src/datapackage.ts";

/**
 * Writes dist/dataset.json and dist/dataset.schema.json from the package just built, after validating its dataset
 * against its schema and the essay: a build never ships data that fails its own checks; then the same records as
 * dist/records.csv, and dist/datapackage.json, the Frictionless descriptor of the three. Each file is written beside
 * its target, then renamed, so that a failed build never leaves a half-written one.
 */
async function writeJson(outDir: string, cwd: string): Promise<void> {
  // A fresh copy of each built module: in watch mode the previous build's would still be cached.
  const fresh = (file: string) => `${pathToFileURL(join(outDir, file)).href}?build=${Date.now()}`;
  const { allRecords, csvColumns, dataset, toCsv } = (await import(
    fresh("index.js")
  )) as typeof import("./src/index.ts");
  const { datasetJsonSchema, parseDataset } = (await import(fresh("schema.js"))) as typeof import("./src/schema.ts");
  parseDataset(dataset, { essay: readFileSync(join(cwd, "source", "essay.txt"), "utf8") });
  for (const [file, value] of [
    ["dataset.json", dataset],
    ["dataset.schema.json", datasetJsonSchema()],
  ] as const) {
    writeFileSync(join(outDir, `${file}.tmp`), `${JSON.stringify(value, null, 2)}\n`);
    renameSync(join(outDir, `${file}.tmp`), join(outDir, file));
  }
  const { version, homepage, repository, keywords } = packageJson;
  const descriptor = dataPackage(dataset.meta, csvColumns, {
    version,
    homepage,
    // The repository as a web page: "git+https://github.com/o/r.git" is https://github.com/o/r.
    repository: repository.url.replace(/^git\+/, "").replace(/\.git$/, ""),
    keywords,
  });
  for (const [file, text] of [
    [DATA_FILES.csv, toCsv(allRecords())],
    ["datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`],
  ] as const) {
    writeFileSync(join(outDir, `${file}.tmp`), text);
    renameSync(join(outDir, `${file}.tmp`), join(outDir, file));
  }
}

export default defineConfig({
  entry: ["src/index.ts", "src/schema.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "node20",
  clean: true,
  // One file per source module, so that a bundler drops what a consumer does not import (sideEffects: false): formatValue
  // alone is then a few hundred bytes, not the whole dataset.
  unbundle: true,
  // zod stays external: consumers of /schema share their own copy; the main entry never imports it.
  hooks: {
    // Once the ES modules are built (the CommonJS build reports done on its own).
    "build:done": async ({ options }) => {
      if (options.format === "es") await writeJson(options.outDir, options.cwd);
    },
  },
});
