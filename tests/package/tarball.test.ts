// The tarball that `pnpm release` publishes, packed for real: it must carry the code's licence and the data
// licence (the same files as the repository's), so that whoever installs the package knows what they may do
// with it, and that the essay's words in it are quoted, not relicensed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
});
