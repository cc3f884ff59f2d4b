// Pending changesets as the data-semver guard sees them: which bump each declares for a package, and whether,
// together, they declare enough for the data change and name every record it touches (their summaries become
// the changelog entry of the release). Pure functions of the changesets' text; read-changesets.ts reads the files.
import parseChangesetFile from "@changesets/parse";
import { type Bump, type Change, covers, maxBump, releaseBump, requiredBump } from "./semver.ts";

export const DATA_PACKAGE = "@alignment/data";

export interface Changeset {
  file: string;
  releases: { name: string; type: Bump }[];
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

/**
 * One changeset file, read by @changesets/parse, as `changeset version` reads it: `---`, one `"package": bump`
 * line per package, `---`, then the summary (markdown). Its errors are said again naming the file.
 */
export function parseChangeset(markdown: string, file: string): Changeset {
  try {
    const { releases, summary } = parseChangesetFile(markdown);
    return { file, releases, summary };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error))
      .split("\n")[0]
      ?.replace(/^could not parse changeset - /, "")
      .replace(/\.$/, "");
    if (/missing or invalid frontmatter|file is empty/.test(reason ?? "")) {
      throw new Error(`${file}: a changeset starts with a front matter block between --- lines`);
    }
    throw new Error(`${file}: cannot read the release line (${reason}; expected "package": patch|minor|major)`);
  }
}

/** Whether `id` is named in a text as a whole id (not as part of a longer one). */
function names(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`).test(text);
}

/**
 * The guard: the pending changesets for `packageName` must declare at least the bump the data change requires
 * (for a package still at 0.x, the bump that releases it there: see releaseBump), and their summaries must name
 * every changed record, so that the changelog lists them. Returns the verdict and, when it fails, a message saying
 * which records need which bump.
 */
export function checkDeclaredBump({
  changes,
  changesets,
  packageName = DATA_PACKAGE,
  version,
}: {
  changes: readonly Change[];
  changesets: readonly Changeset[];
  packageName?: string;
  /** The package's current version; at 0.x a breaking change is declared minor, any other change patch. */
  version?: string;
}): Verdict {
  const required = requiredBump(changes);
  const toDeclare = releaseBump(required, version);
  const declaring = changesets.filter((c) => c.releases.some((r) => r.name === packageName));
  const declared = declaring.reduce<Bump>(
    (bump, c) => c.releases.filter((r) => r.name === packageName).reduce((b, r) => maxBump(b, r.type), bump),
    "none",
  );
  const problems: string[] = [];
  if (!covers(declared, toDeclare)) {
    const short = changes.filter((c) => !covers(declared, releaseBump(c.bump, version)));
    const byBump = (["major", "minor", "patch"] as const)
      .map((bump) => [bump, [...new Set(short.filter((c) => c.bump === bump).map((c) => c.subject))]] as const)
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
export function changesetMarkdown({
  changes,
  summary,
  packageName = DATA_PACKAGE,
  version,
}: {
  changes: readonly Change[];
  summary: string;
  packageName?: string;
  version?: string;
}): string {
  const bump = releaseBump(requiredBump(changes), version);
  const lines = changes.map((c) => `- \`${c.subject}\`: ${c.description} (${c.bump})`);
  return `---\n"${packageName}": ${bump}\n---\n\n${summary.trim()}\n\n${lines.join("\n")}\n`;
}
