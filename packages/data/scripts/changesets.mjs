// Pending changesets as the data-semver guard sees them: which bump each declares for a package, and whether,
// together, they declare enough for the data change and name every record it touches (their summaries become
// the changelog entry of the release).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUMPS, covers, maxBump, releaseBump, requiredBump } from "./data-semver.mjs";

export const DATA_PACKAGE = "@alignment/data";

/**
 * One changeset file: `---`, one `"package": bump` line per package, `---`, then the summary (markdown). The
 * same front matter `changeset add` writes and `changeset version` reads.
 */
export function parseChangeset(markdown, file) {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(markdown);
  if (match === null) throw new Error(`${file}: a changeset starts with a front matter block between --- lines`);
  const [, frontMatter = "", summary = ""] = match;
  const releases = [];
  for (const line of frontMatter.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const release = /^\s*(["']?)([^"':\s]+)\1\s*:\s*(\w+)\s*$/.exec(line);
    if (release === null || !BUMPS.includes(release[3]) || release[3] === "none") {
      throw new Error(
        `${file}: cannot read the release line ${JSON.stringify(line)} (expected "package": patch|minor|major)`,
      );
    }
    releases.push({ name: release[2], type: release[3] });
  }
  return { file, releases, summary: summary.trim() };
}

/** The pending changesets in a `.changeset` directory (every .md file but its README), by file name. */
export function readPendingChangesets(directory) {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(readFileSync(join(directory, name), "utf8"), join(directory, name)));
}

/** Whether `id` is named in a text as a whole id (not as part of a longer one). */
function names(text, id) {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`).test(text);
}

/**
 * The guard: the pending changesets for `packageName` must declare at least the bump the data change requires
 * (for a package still at 0.x, the bump that releases it there: see releaseBump), and their summaries must name
 * every changed record, so that the changelog lists them. Returns the verdict and, when it fails, a message saying
 * which records need which bump.
 */
export function checkDeclaredBump({ changes, changesets, packageName = DATA_PACKAGE, version }) {
  const required = requiredBump(changes);
  const toDeclare = releaseBump(required, version);
  const declaring = changesets.filter((c) => c.releases.some((r) => r.name === packageName));
  const declared = declaring.reduce(
    (bump, c) => c.releases.filter((r) => r.name === packageName).reduce((b, r) => maxBump(b, r.type), bump),
    "none",
  );
  const problems = [];
  if (!covers(declared, toDeclare)) {
    const short = changes.filter((c) => !covers(declared, releaseBump(c.bump, version)));
    const byBump = ["major", "minor", "patch"]
      .map((bump) => [bump, [...new Set(short.filter((c) => c.bump === bump).map((c) => c.subject))]])
      .filter(([, subjects]) => subjects.length > 0)
      .map(([bump, subjects]) => `  ${bump} needed by ${subjects.join(", ")}`);
    const source =
      declaring.length === 0
        ? "no pending changeset names it"
        : `the pending changesets declare ${declared} (${declaring.map((c) => c.file).join(", ")})`;
    const atZero = toDeclare === required ? "" : `, declared ${toDeclare} while its version is ${version}`;
    problems.push(
      `${packageName} needs a ${required} release for this data change${atZero}, but ${source}:\n${byBump.join("\n")}`,
    );
  }
  const summaries = declaring.map((c) => c.summary).join("\n");
  const unnamed = [...new Set(changes.map((c) => c.subject))].filter((subject) => !names(summaries, subject));
  if (declaring.length > 0 && unnamed.length > 0) {
    problems.push(
      `the changelog would not list every changed record: no ${packageName} changeset names ${unnamed.join(", ")}`,
    );
  }
  const ok = problems.length === 0;
  const remedy = 'Write a changeset from the diff with: pnpm data:diff --changeset "<what was corrected>"';
  return { ok, required, toDeclare, declared, message: ok ? "" : `${problems.join("\n")}\n${remedy}` };
}

/**
 * The markdown of a changeset declaring the bump the changes need (at 0.x, the bump that releases them there) whose
 * summary lists every change, one line each, with the bump it needs by itself.
 */
export function changesetMarkdown({ changes, summary, packageName = DATA_PACKAGE, version }) {
  const bump = releaseBump(requiredBump(changes), version);
  const lines = changes.map((c) => `- \`${c.subject}\`: ${c.description} (${c.bump})`);
  return `---\n"${packageName}": ${bump}\n---\n\n${summary.trim()}\n\n${lines.join("\n")}\n`;
}
