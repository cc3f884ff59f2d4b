// The README's examples are run as a consumer runs them, against the built package (`dist/`, reached through the
// package's own exports, or for Python and R through node_modules/@alignment/data as npm installs it), and each must
// print exactly what its `// →` (or `# →`) comments say.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordsOfKind } from "../src/index.ts";
import { recordKinds } from "../src/vocabulary.ts";

const packageDir = new URL("..", import.meta.url);
const readme = readFileSync(new URL("README.md", packageDir), "utf8");

interface Example {
  language: "ts" | "js" | "mjs";
  code: string;
  /** What the example prints, line by line, from its `// →` comments. */
  prints: string[];
}

const examples: Example[] = [...readme.matchAll(/```(ts|js|mjs)\n([\s\S]*?)```/g)].map((m) => ({
  language: m[1] as Example["language"],
  code: m[2] ?? "",
  prints: [...(m[2] ?? "").matchAll(/\/\/ → (.*)$/gm)].map((p) => p[1] ?? ""),
}));

function run(example: Example): string[] {
  const code =
    example.language === "ts"
      ? ts.transpileModule(example.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText
      : example.code;
  const inputType = example.language === "js" ? "commonjs" : "module";
  const stdout = execFileSync(process.execPath, [`--input-type=${inputType}`, "-e", code], {
    cwd: packageDir,
    encoding: "utf8",
    timeout: 60_000,
  });
  return stdout.trimEnd().split("\n");
}

/** Type errors of a TypeScript snippet compiled as a consumer's module beside the package (against dist's types). */
function typeErrors(code: string): string[] {
  const file = fileURLToPath(new URL("test/readme-example.ts", packageDir));
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, getSourceFile, readFile } = host;
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? code : readFile(name));
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

describe("the README", () => {
  it("has examples for TypeScript, require and JSON Schema, each saying what it prints", () => {
    expect(examples.map((e) => e.language)).toEqual(["ts", "js", "mjs", "mjs"]);
    for (const e of examples) expect(e.prints.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e, i) => [`${i + 1} (${e.language})`, e] as const))(
    "example %s prints what it says",
    (_, e) => {
      expect(
        existsSync(new URL("dist/index.cjs", packageDir)),
        "build first: pnpm --filter @alignment/data build",
      ).toBe(true);
      expect(run(e)).toEqual(e.prints);
    },
    // Each example starts a Node process; on a busy machine that alone can take seconds.
    60_000,
  );

  it("has a TypeScript example that type-checks against the published types", () => {
    const example = examples.find((e) => e.language === "ts");
    expect(typeErrors(example?.code ?? "")).toEqual([]);
  }, 60_000);

  it("is right that an unknown id does not compile", () => {
    const errors = typeErrors('import { figure } from "@alignment/data";\nfigure("trade.bilateral.2030");\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"trade\.bilateral\.2030"' is not assignable to parameter of type/);
  }, 60_000);

  it("counts the records of each kind as the dataset holds them", () => {
    for (const kind of recordKinds) {
      const row = readme.match(new RegExp(`^\\| \`${kind}\` +\\| +(\\d+) \\|`, "m"));
      expect(Number(row?.[1]), kind).toBe(recordsOfKind(kind).length);
    }
  });
});

/** The examples in other languages: Python (the standard library's csv, and pandas) and R, each with `# →` lines. */
const dataExamples = [...readme.matchAll(/```(python|r)\n([\s\S]*?)```/g)].map((m) => ({
  language: m[1] as "python" | "r",
  code: m[2] ?? "",
  prints: [...(m[2] ?? "").matchAll(/# → (.*)$/gm)].map((p) => p[1] ?? ""),
}));

/** Debian's Python: CI installs it (.ci/run) when a machine lacks it. */
const PYTHON = "/usr/bin/python3";
const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const hasPandas = existsSync(PYTHON) && runs(PYTHON, ["-c", "import pandas"]);
const hasR = runs("Rscript", ["--version"]);

describe("the README's examples for Python and R", () => {
  // A consumer's project: the package where npm would install it, so the examples' paths are a consumer's paths.
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "alignment-readme-"));
    mkdirSync(join(project, "node_modules", "@alignment"), { recursive: true });
    symlinkSync(fileURLToPath(packageDir), join(project, "node_modules", "@alignment", "data"), "dir");
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const output = (command: string, args: string[], code: string) =>
    execFileSync(command, args, { cwd: project, input: code, encoding: "utf8", timeout: 60_000 }).trimEnd().split("\n");

  it("has a Python example with the standard library, one with pandas and one in R, each saying what it prints", () => {
    expect(dataExamples.map((e) => [e.language, e.code.includes("import pandas")])).toEqual([
      ["python", false],
      ["python", true],
      ["r", false],
    ]);
    for (const e of dataExamples) expect(e.prints.length).toBeGreaterThan(0);
  });

  it("runs its Python example with the csv module on Debian's python3, printing what it says", () => {
    expect(existsSync(PYTHON), `${PYTHON} is missing: apt-get install python3`).toBe(true);
    expect(
      existsSync(new URL("dist/records.csv", packageDir)),
      "build first: pnpm --filter @alignment/data build",
    ).toBe(true);
    const example = dataExamples.find((e) => e.language === "python" && !e.code.includes("import pandas"));
    expect(output(PYTHON, ["-"], example?.code ?? "")).toEqual(example?.prints);
  }, 60_000);

  it.skipIf(!hasPandas)(
    "runs its pandas example where pandas is installed, printing what it says",
    () => {
      const example = dataExamples.find((e) => e.code.includes("import pandas"));
      expect(output(PYTHON, ["-"], example?.code ?? "")).toEqual(example?.prints);
    },
    60_000,
  );

  it.skipIf(!hasR)(
    "runs its R example where R is installed, printing what it says",
    () => {
      const example = dataExamples.find((e) => e.language === "r");
      expect(output("Rscript", ["-"], example?.code ?? "")).toEqual(example?.prints);
    },
    60_000,
  );
});
