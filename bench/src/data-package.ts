// What an app pays for @alignment/data: the bytes each entry point pulls in, read from the built files' import graph,
// and how long Node takes to import it in a fresh process.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "vite";
import { gzipSize } from "./assets.ts";
import { median } from "./stats.ts";

const require = createRequire(import.meta.url);
const packageJsonPath = require.resolve("@alignment/data/package.json");
const packageDirectory = dirname(packageJsonPath);

type Condition = "import" | "require";

/**
 * The built file that Node loads for a subpath of @alignment/data ("." or "./schema"), read from the exports map.
 */
export function entryFile(subpath: string, condition: Condition) {
  const exportsMap = JSON.parse(readFileSync(packageJsonPath, "utf8")).exports;
  const target = exportsMap?.[subpath]?.[condition]?.default;
  if (typeof target !== "string") {
    throw new Error(`@alignment/data/package.json: exports["${subpath}"].${condition}.default is missing`);
  }
  return join(packageDirectory, target);
}

// Static `import`/`export … from`, side-effect imports, dynamic `import()` and `require()` of a string literal, as
// tsdown writes them (unminified).
const SPECIFIER = /\b(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']([^"']+)["']/g;

/**
 * The files an entry point loads, following relative specifiers, and the packages it imports.
 * @param entry  absolute path of a built file
 */
export function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      if (!specifier) continue;
      if (specifier.startsWith(".")) {
        const target = join(dirname(file), specifier);
        if (!files.has(target)) {
          files.add(target);
          queue.push(target);
        }
      } else {
        // "zod", "zod/v4/core", "@scope/name/sub" -> the package name
        const parts = specifier.split("/");
        packages.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string));
      }
    }
  }
  return { files: [...files], packages: [...packages].sort() };
}

/**
 * Bytes of an entry point and everything it loads from the package (raw, and gzip of each file).
 */
export function entryBytes(entry: string) {
  const { files, packages } = importGraph(entry);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSize(content);
  }
  return { raw, gzip, files: files.length, packages };
}

/**
 * Median time for a fresh Node process to import `specifier` (ESM), measured inside the process around the import.
 */
export function importTime(specifier: string, runs: number) {
  const script = `const start = performance.now(); await import(${JSON.stringify(specifier)});
    console.log(performance.now() - start);`;
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: dirname(import.meta.dirname),
      encoding: "utf8",
    });
    samples.push(Number(output.trim()));
  }
  return { medianMs: median(samples), samples };
}

/**
 * What an app's bundle grows by when it uses every export of `specifier`: the entry bundled with its dependencies
 * (zod included, for /schema) by Vite, minified, as one file.
 * @param directory  a scratch directory inside bench/, so that the specifier resolves
 */
export async function bundledBytes(specifier: string, directory: string) {
  mkdirSync(directory, { recursive: true });
  const entry = join(directory, "consumer.js");
  writeFileSync(entry, `import * as everything from ${JSON.stringify(specifier)};\nconsole.log(everything);\n`);
  const output = await build({
    root: directory,
    configFile: false,
    logLevel: "warn",
    build: { write: false, lib: { entry, formats: ["es"], fileName: "consumer" }, minify: true },
  });
  const results = Array.isArray(output) ? output : [output];
  let raw = 0;
  let gzip = 0;
  for (const result of results) {
    if (!("output" in result)) throw new Error("vite build returned a watcher");
    for (const chunk of result.output) {
      const content = chunk.type === "chunk" ? chunk.code : chunk.source;
      raw += Buffer.byteLength(content);
      gzip += gzipSize(content);
    }
  }
  return { raw, gzip };
}
