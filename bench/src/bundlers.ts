// What an app pays for part of @alignment/data in the three bundlers its users use: esbuild, rollup and webpack 5,
// each bundling the same consumer module from the built package, minified for production, measured gzip as a page
// ships it. `formatValue` alone must bring no record; `figure()` brings the records it reads, and no validator.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { build as esbuild } from "esbuild";
import { rollup } from "rollup";
import webpack from "webpack";
import { gzipSize } from "./assets.ts";

export const BUNDLERS = ["esbuild", "rollup", "webpack 5"] as const;
type Bundler = (typeof BUNDLERS)[number];

/** The imports measured: one formatting function, and one accessor with the records it needs. */
const IMPORTS = { "formatValue alone": ["formatValue"], "figure()": ["figure"] } as const;

/** A consumer module that imports `names` and uses them, so that no bundler may drop them. */
function consumer(names: readonly string[]): string {
  return `import { ${names.join(", ")} } from "@alignment/data";\nglobalThis.used = [${names.join(", ")}];\n`;
}

async function withEsbuild(entry: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function withRollup(entry: string): Promise<string> {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], logLevel: "silent" });
  try {
    const { output } = await bundle.generate({ format: "es", plugins: [terser()] });
    return output.map((chunk) => (chunk.type === "chunk" ? chunk.code : "")).join("");
  } finally {
    await bundle.close();
  }
}

function withWebpack(entry: string, outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    entry,
    output: { path: outDir, filename: "bundle.js", module: true },
    experiments: { outputModule: true },
    performance: { hints: false },
    stats: "errors-only",
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(readFileSync(join(outDir, "bundle.js"), "utf8"));
    });
  });
}

/**
 * The minified bundle of a consumer that imports `names` from @alignment/data, made by `bundler`.
 * @param directory  a scratch directory inside bench/, so that "@alignment/data" resolves to the built package
 */
export async function bundleWith(bundler: Bundler, names: readonly string[], directory: string): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const entry = join(directory, `${names.join("-")}.js`);
  writeFileSync(entry, consumer(names));
  if (bundler === "esbuild") return withEsbuild(entry);
  if (bundler === "rollup") return withRollup(entry);
  return withWebpack(entry, join(directory, `webpack-${names.join("-")}`));
}

/** Minified bytes and gzip of each import in each bundler, bundled in `directory` (emptied first). */
export async function bundlerCosts(directory: string) {
  rmSync(directory, { recursive: true, force: true });
  const costs: Record<string, Record<Bundler, { raw: number; gzip: number }>> = {};
  for (const [label, names] of Object.entries(IMPORTS)) {
    const sizes: Partial<Record<Bundler, { raw: number; gzip: number }>> = {};
    for (const bundler of BUNDLERS) {
      const code = await bundleWith(bundler, names, directory);
      sizes[bundler] = { raw: Buffer.byteLength(code), gzip: gzipSize(code) };
    }
    costs[label] = sizes as Record<Bundler, { raw: number; gzip: number }>;
  }
  return costs;
}
