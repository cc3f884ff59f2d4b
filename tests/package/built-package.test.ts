// The built @alignment/data as Node loads it: from ESM and from CommonJS, in a fresh process, through the
// package's exports map (the workspace link resolves exactly as an installed copy would).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function runNode(args: string[], last: string): string {
  return execFileSync(process.execPath, [...args, last], { cwd: import.meta.dirname, encoding: "utf8" }).trim();
}

describe("the built package", () => {
  it("reads a figure from ESM", () => {
    const out = runNode(
      ["--input-type=module", "-e"],
      `import { figure, formatValue } from "@alignment/data";
       console.log(formatValue(figure("trade.bilateral.2018")));`,
    );
    expect(out).toBe("$107.1 billion");
  });

  it("reads a figure from CommonJS", () => {
    const out = runNode(
      ["-e"],
      `const { figure, formatValue } = require("@alignment/data");
       console.log(formatValue(figure("border.length")));`,
    );
    expect(out).toBe("4,200 km");
  });

  it("validates with the /schema entry from both module systems", () => {
    const esm = runNode(
      ["--input-type=module", "-e"],
      `import { dataset } from "@alignment/data";
       import { parseDataset } from "@alignment/data/schema";
       console.log(parseDataset(dataset).figures.length);`,
    );
    const cjs = runNode(
      ["-e"],
      `const { parseDataset } = require("@alignment/data/schema");
       console.log(parseDataset(require("@alignment/data/dataset.json")).figures.length);`,
    );
    expect(Number(esm)).toBeGreaterThan(10);
    expect(cjs).toBe(esm);
  });

  it("does not load zod from the main entry, and does from /schema", () => {
    // A resolve hook that refuses zod: the main entry must import cleanly under it, /schema must not.
    const refuseZod = `
      import { register } from "node:module";
      const hook = "export async function resolve(s, c, next) { const r = await next(s, c);" +
        " if (r.url.includes('/zod/')) throw new Error('zod loaded'); return r; }";
      register("data:text/javascript," + encodeURIComponent(hook));
      const entry = process.argv.at(-1);
      try { await import(entry); console.log("clean"); } catch (e) { console.log(String(e.message)); }`;
    expect(runNode(["--input-type=module", "-e", refuseZod, "--"], "@alignment/data").split("\n").at(-1)).toBe("clean");
    expect(runNode(["--input-type=module", "-e", refuseZod, "--"], "@alignment/data/schema")).toContain("zod loaded");
  });
});
