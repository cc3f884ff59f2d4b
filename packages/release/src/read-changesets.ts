// The pending changesets on disk: reading a `.changeset` directory for the guard, and writing the changeset that
// `pnpm data:diff --changeset` drafts from the diff. (@changesets/read would read the workspace's .changeset
// asynchronously, by a project directory; the guard reads any directory, fixtures included, synchronously.)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Changeset, changesetMarkdown, parseChangeset } from "./changesets.ts";
import type { Change } from "./semver.ts";

/** The pending changesets in a `.changeset` directory (every .md file but its README), by file name. */
export function readPendingChangesets(directory: string): Changeset[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(readFileSync(join(directory, name), "utf8"), join(directory, name)));
}

function slug(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? ["data", "change"];
  return words.slice(0, 8).join("-");
}

/** Writes, under a name taken from its summary, the changeset that declares and lists `changes`; returns its path. */
export function writeChangeset(
  directory: string,
  { changes, summary, version }: { changes: readonly Change[]; summary: string; version: string },
): string {
  if (changes.length === 0) throw new Error("no data change since the last release: no changeset to write");
  let file = join(directory, `${slug(summary)}.md`);
  for (let n = 2; existsSync(file); n++) file = join(directory, `${slug(summary)}-${n}.md`);
  writeFileSync(file, changesetMarkdown({ changes, summary, version }));
  return file;
}
