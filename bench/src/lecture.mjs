// Where the lecture deck's build lives, and the budget it is held to.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The full lecture: the page of apps/lecture/dist (and the file of dist-single) that the bench measures. */
export const DECK_PAGE = "index.html";

/** JS+CSS (gzip) of our deck may be at most this many times the bare reveal.js deck's. */
export const BYTES_TARGET = 1.15;

/** @param {string} workspaceRoot */
export function lectureBuild(workspaceRoot) {
  const app = join(workspaceRoot, "apps/lecture");
  const dist = join(app, "dist");
  const distSingle = join(app, "dist-single");
  for (const file of [join(dist, DECK_PAGE), join(distSingle, DECK_PAGE)]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build the deck first (pnpm build)`);
  }
  return { dist, distSingle };
}
