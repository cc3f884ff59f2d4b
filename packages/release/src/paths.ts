// Where the release tool finds what it works on. It acts on the workspace it is run in, as changesets and pnpm do:
// the nearest folder, from the working directory up, that holds a pnpm-workspace.yaml. (Not the workspace this
// module sits in: a copy of the workspace whose node_modules link to this one's, as tests/registry makes, runs
// this very build on itself.)
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The nearest folder from `start` up that holds a pnpm-workspace.yaml. */
export function findWorkspaceRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`no pnpm-workspace.yaml in ${resolve(start)} or above: run this inside the workspace`);
    }
  }
}

/** The workspace root, where `pnpm release` runs and where a pnpm workspace keeps its .npmrc. */
export const WORKSPACE_DIR = findWorkspaceRoot(process.cwd());
/** The pending changesets. */
export const CHANGESET_DIR = join(WORKSPACE_DIR, ".changeset");
/** The published package whose data the release checks. */
export const DATA_DIR = join(WORKSPACE_DIR, "packages", "data");
/** Its build: index.js, dataset.json, dataset.schema.json. */
export const DATA_DIST_DIR = join(DATA_DIR, "dist");
/** Its sources, which a build must not be older than. */
export const DATA_SOURCE_DIR = join(DATA_DIR, "src");
/** The snapshot of the last released dataset, committed beside the package. */
export const RELEASED_DIR = join(DATA_DIR, "released");
