// Where things live in the repository, for the suites and tools that read built output from other packages. Both
// src/ and the built dist/ sit two folders below the repository's root (packages/devkit/*), so the same relative
// step holds whichever of them is running.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const lectureDir = join(repoRoot, "apps/lecture");
export const lectureDist = join(lectureDir, "dist");
export const lectureSingle = join(lectureDir, "dist-single");
export const explorerDir = join(repoRoot, "apps/explorer");
export const explorerDist = join(explorerDir, "dist");
