// The package's modules form layers: no module imports, even for a type, one that imports it back. A cycle is how
// content files and their constructors grew into each other once (define.ts and entities/essay/sources); this test
// names the cycle if one comes back.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../src");

/** Each module of src/ (by path from src/) and the modules of src/ it imports, types included. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(src, file), "utf8");
      const targets = [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gms)].map((m) =>
        relative(src, normalize(join(src, dirname(file), m[1] ?? ""))),
      );
      return [file, targets];
    }),
  );
}

/** The first cycle found by a depth-first walk, as the chain of modules, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const walk = (file: string, path: string[]): string[] | undefined => {
    if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    for (const next of graph.get(file) ?? []) {
      const cycle = walk(next, [...path, file]);
      if (cycle) return cycle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = walk(file, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("the package's modules", () => {
  it("import one another in layers, with no cycle", () => {
    const graph = importGraph();
    expect(graph.get("content/define.ts")).toContain("content/entities.ts");
    expect(findCycle(graph)?.join(" -> ")).toBeUndefined();
  });
});
