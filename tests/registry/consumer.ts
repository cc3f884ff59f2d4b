// A scratch project outside the workspace, as a developer of another app would have it: npm, its own
// package.json, and only the @alignment scope pointed at the test registry (zod and the rest come from the usual
// registry or npm's cache). It reads a figure from Node ESM, Node CommonJS, TypeScript under node16 and under
// bundler resolution, and a Vite app; the TypeScript and Vite tools are the workspace's own.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { runChecked } from "@alignment/devkit/processes";
import { cleanEnvironment } from "./release-workspace.ts";

const TSC = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
/** The Vite that the tests' vitest runs on (the tests package has no Vite of its own). */
const VITE = join(
  dirname(createRequire(createRequire(import.meta.url).resolve("vitest/package.json")).resolve("vite/package.json")),
  "bin",
  "vite.js",
);

/** Never called: it proves that the id union reached the consumer, since a misspelt id must fail to compile. */
const MISSPELT = `export function misspelt() {
  // @ts-expect-error an id the dataset does not hold
  return figure("no.such.figure");
}
`;

/** Files that each read the figure `FIGURE_ID` and print it (or, for the app, show it in #figure). */
function sources(figureId: string): Record<string, string> {
  const read = `formatValue(figure("${figureId}"))`;
  const typed = `const id: FigureId = "${figureId}";
const shown: string = formatValue(figure(id));
const amount: number = figure(id).value;
console.log(shown, amount);
${MISSPELT}`;
  return {
    "esm.mjs": `import { figure, formatValue } from "@alignment/data";\nconsole.log(${read});\n`,
    "cjs.cjs": `const { figure, formatValue } = require("@alignment/data");\nconsole.log(${read});\n`,
    "typed.mts": `import { type FigureId, figure, formatValue } from "@alignment/data";\n${typed}`,
    "typed.cts": `import { type FigureId, figure, formatValue } from "@alignment/data";\n${typed}`,
    "tsconfig.node16.json": JSON.stringify({
      compilerOptions: { module: "node16", moduleResolution: "node16", target: "es2022", strict: true, noEmit: true },
      files: ["typed.mts", "typed.cts"],
    }),
    "index.html": `<!doctype html>\n<html lang="en"><body><p id="figure"></p><script type="module" src="/src/main.ts"></script></body></html>\n`,
    "src/main.ts": `import { type FigureId, figure, formatValue } from "@alignment/data";
const id: FigureId = "${figureId}";
const target = document.querySelector("#figure");
if (target) target.textContent = formatValue(figure(id));
${MISSPELT}`,
    "tsconfig.bundler.json": JSON.stringify({
      compilerOptions: {
        module: "esnext",
        moduleResolution: "bundler",
        target: "es2022",
        lib: ["es2023", "dom"],
        strict: true,
        noEmit: true,
      },
      files: ["src/main.ts"],
    }),
  };
}

export interface Consumer {
  dir: string;
  /** `npm install` of the given @alignment/data version from the test registry. */
  install(version: string): Promise<void>;
  /** The installed version, as npm reports it. */
  installedVersion(): string;
  runEsm(): Promise<string>;
  runCjs(): Promise<string>;
  /** Type-checks with the workspace's tsc; returns its output, throws with it on errors. */
  typecheck(config: "node16" | "bundler"): Promise<string>;
  /** Builds the Vite app; returns the directory of the built site. */
  buildApp(): Promise<string>;
  remove(): void;
}

async function run(command: string, args: string[], cwd: string): Promise<string> {
  return (await runChecked(command, args, { cwd, env: cleanEnvironment() })).stdout.trim();
}

export function createConsumer(registryUrl: string, figureId: string): Consumer {
  const dir = mkdtempSync(join(tmpdir(), "alignment-consumer-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true }, null, 2)}\n`);
  writeFileSync(join(dir, ".npmrc"), `@alignment:registry=${registryUrl}\n`);
  for (const [file, text] of Object.entries(sources(figureId))) writeFileSync(join(dir, file), text);

  return {
    dir,
    async install(version) {
      await run("npm", ["install", "--no-audit", "--no-fund", "--save-exact", `@alignment/data@${version}`], dir);
    },
    installedVersion() {
      const manifest = readFileSync(join(dir, "node_modules", "@alignment", "data", "package.json"), "utf8");
      return (JSON.parse(manifest) as { version: string }).version;
    },
    runEsm: () => run(process.execPath, ["esm.mjs"], dir),
    runCjs: () => run(process.execPath, ["cjs.cjs"], dir),
    typecheck: (config) => run(process.execPath, [TSC, "-p", `tsconfig.${config}.json`], dir),
    async buildApp() {
      await run(process.execPath, [VITE, "build", "--logLevel", "warn"], dir);
      return join(dir, "dist");
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
