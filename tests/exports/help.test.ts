// Each export command answers --help with its usage and does nothing else: no build output read, no file written.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { lectureDir } from "@alignment/devkit/paths";
import { expect, it } from "vitest";

const exec = promisify(execFile);

it.each([
  ["pdf", "src/export/pdf.ts", "pnpm pdf [--paper a4|letter]"],
  ["images", "src/export/images.ts", "pnpm images"],
  ["stick", "src/export/stick.ts", "pnpm stick [DIR]"],
  ["pptx", "src/export/pptx/cli.ts", "pnpm pptx"],
])("pnpm %s --help prints its usage, and writes nothing", async (_name, script, usage) => {
  // Run from an empty folder (as INIT_CWD, the folder the user typed the command in): anything written lands there.
  const dir = mkdtempSync(join(tmpdir(), "alignment-help-"));
  try {
    for (const flag of ["--help", "-h"]) {
      const { stdout, stderr } = await exec(process.execPath, ["--import", "tsx", script, flag], {
        cwd: lectureDir,
        env: { ...process.env, INIT_CWD: dir },
      });
      expect(stdout.startsWith(`Usage: ${usage}`), stdout).toBe(true);
      expect(stderr).toBe("");
    }
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
