// Which page of the lecture deck's build the bench measures, and the budget the deck is held to.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lectureDist as dist, lectureSingle as distSingle } from "@alignment/devkit/paths";

/** The talk the bench measures: the full lecture, by its id in apps/lecture/src/talks. */
const TALK = "lecture";

/** JS+CSS (gzip) of our deck may be at most this many times the bare reveal.js deck's. */
export const BYTES_TARGET = 1.15;

export function lectureBuild() {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: build the deck first (pnpm build)`);
  // The page the build gave the talk: the one whose deck carries the talk's id.
  const page = readdirSync(dist)
    .filter((file) => file.endsWith(".html"))
    .find((file) => readFileSync(join(dist, file), "utf8").includes(`data-talk="${TALK}"`));
  if (page === undefined)
    throw new Error(`${dist} holds no page of the talk "${TALK}": build the deck first (pnpm build)`);
  if (!existsSync(join(distSingle, page)))
    throw new Error(`${join(distSingle, page)} is missing: build the deck first (pnpm build)`);
  return { dist, distSingle, page };
}
