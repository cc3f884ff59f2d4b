// What the explorer's browser tests share: the single-file build on disk. (The CSV reader that checks the downloads
// is @alignment/devkit/csv, shared with the explorer's own tests; the accessibility check is @alignment/devkit/axe.)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";

export const EXPLORER_SINGLE = join(explorerDir, "dist-single/index.html");

export function requireBuilt(path: string, build: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${build}\` first`);
}
