// Types of changesets.mjs, for its TypeScript callers (the tests); the module itself runs under plain Node.
import type { Bump, Change } from "./data-semver.mjs";

export interface Changeset {
  file: string;
  releases: { name: string; type: Exclude<Bump, "none"> }[];
  summary: string;
}

export interface Verdict {
  ok: boolean;
  required: Bump;
  /** The bump a changeset must declare for it: `required`, or at 0.x the one that releases it there. */
  toDeclare: Bump;
  declared: Bump;
  /** Empty when ok; otherwise which records need which bump, and how to fix it. */
  message: string;
}

export const DATA_PACKAGE: "@alignment/data";
export function parseChangeset(markdown: string, file: string): Changeset;
export function readPendingChangesets(directory: string): Changeset[];
export function checkDeclaredBump(input: {
  changes: readonly Change[];
  changesets: readonly Changeset[];
  packageName?: string;
  /** The package's current version; at 0.x a breaking change is declared minor, any other change patch. */
  version?: string;
}): Verdict;
export function changesetMarkdown(input: {
  changes: readonly Change[];
  summary: string;
  packageName?: string;
  version?: string;
}): string;
