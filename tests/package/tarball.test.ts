// The tarball that `pnpm release` publishes, packed for real: it must carry the code's licence and the data
// licence (the same files as the repository's), so that whoever installs the package knows what they may do
// with it, and that the essay's words in it are quoted, not relicensed; and its manifest must point only at files
// it holds (the workspace's exports lead to the sources, which it does not ship).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRepoFile } from "../support/repository.ts";

let dir: string;
let unpacked: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "alignment-tarball-"));
  const packed = JSON.parse(
    execFileSync("pnpm", ["pack", "--json", "--pack-destination", dir], {
      cwd: join(repoRoot, "packages", "data"),
      encoding: "utf8",
    }),
  ) as { filename: string };
  execFileSync("tar", ["-xzf", packed.filename, "-C", dir]);
  unpacked = join(dir, "package");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const packedFile = (name: string) => readFileSync(join(unpacked, name), "utf8");

/** The export condition under which the workspace reads the package's sources. */
const SOURCE_CONDITION = "@alignment/source";

/** Every file path a manifest field names, however deeply its conditions nest. */
function pathsIn(field: unknown): string[] {
  if (typeof field === "string") return [field];
  if (Array.isArray(field)) return field.flatMap(pathsIn);
  if (field !== null && typeof field === "object") return Object.values(field).flatMap(pathsIn);
  return [];
}

/** An exports map without one condition. */
function without(condition: string, exports: unknown): unknown {
  if (exports === null || typeof exports !== "object") return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== condition)
      .map(([key, value]) => [key, without(condition, value)]),
  );
}

describe("the published tarball", () => {
  it("holds the MIT licence of the code, as the repository states it", () => {
    expect(packedFile("LICENSE")).toBe(readRepoFile("LICENSE"));
    expect(JSON.parse(packedFile("package.json")).license).toBe("MIT");
  });

  it("holds the data licence, which keeps the essay's words out of it", () => {
    const licence = packedFile("DATA-LICENSE.md");
    expect(licence).toBe(readRepoFile("DATA-LICENSE.md"));
    expect(licence).toMatch(/Creative Commons Attribution 4\.0\s+International/);
    expect(licence).toContain("`quote`");
    expect(licence).toContain("`text`");
    expect(licence).toMatch(/Kathryn Stoner, "Contemporary China-Russia-North Korea Alignment/);
    expect(licence).toMatch(/\*\*not\*\* licensed under CC BY 4\.0 or under the MIT License/);
  });

  it("holds the records as CSV beside the Data Package that describes them, every file it names included", () => {
    const descriptor = JSON.parse(packedFile("dist/datapackage.json")) as {
      resources: { path: string; schema: unknown }[];
    };
    // Each resource's data, and the JSON Schema a resource names by path.
    const paths = descriptor.resources.flatMap((r) => [r.path, ...(typeof r.schema === "string" ? [r.schema] : [])]);
    expect(paths).toEqual(["records.csv", "dataset.json", "dataset.schema.json"]);
    for (const path of paths) expect(packedFile(join("dist", path)).length, path).toBeGreaterThan(0);
    expect(packedFile("dist/records.csv").startsWith("id,kind,title,")).toBe(true);
  });

  it("points only at files it holds, never at the sources the workspace reads", () => {
    const manifest = JSON.parse(packedFile("package.json")) as Record<string, unknown>;
    const paths = ["main", "module", "types", "exports", "typesVersions"].flatMap((field) => pathsIn(manifest[field]));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(join(unpacked, path)))).toEqual([]);
    expect(JSON.stringify(manifest.exports)).not.toContain(SOURCE_CONDITION);
  });

  it("exports what the workspace exports, less the source condition", () => {
    const workspace = JSON.parse(readRepoFile("packages/data/package.json")) as { exports: unknown };
    expect(JSON.parse(packedFile("package.json")).exports).toEqual(without(SOURCE_CONDITION, workspace.exports));
  });
});
