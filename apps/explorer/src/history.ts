// Which version of the data added a record and which versions changed it, for the record's page. The source is the
// data package's CHANGELOG, which the release tools write from the diff of each release against the one before (per
// change, the record id, the field and the bump), with the released snapshot (packages/data/released/dataset.json)
// for what is not released yet. A record no later version added came with the first release. Pure functions: the
// explorer's build (vite.config.ts) runs them on the files and hands the page only the result.

export type Bump = "major" | "minor" | "patch";

/** One line of a release's changes that names a record: `border.length`: label corrected ... (patch). */
interface RecordChange {
  readonly id: string;
  /** The field changed ("label", "value", "locator"), or "added" / "removed" for the record itself. */
  readonly field: string;
  readonly bump: Bump;
}

/** A version's entry in the CHANGELOG. */
export interface Release {
  readonly version: string;
  readonly changes: readonly RecordChange[];
}

interface RecordHistory {
  /** The version that added the record; absent while no released version holds it. */
  readonly added?: string;
  /** Each later version that changed it, oldest first, with the fields it changed and its strongest bump. */
  readonly changed: readonly { readonly version: string; readonly fields: readonly string[]; readonly bump: Bump }[];
  /** Added or changed since the latest release, so not in any released version yet. */
  readonly pending?: "added" | "changed";
}

export interface DataHistory {
  /** The latest released version, and the first. */
  readonly latest: string;
  readonly first: string;
  readonly records: Readonly<Record<string, RecordHistory>>;
}

const VERSION_HEADING = /^## (\d+\.\d+\.\d+(?:-[\w.]+)?)\s*$/;
/** `  - \`id\`: field ... (bump)`, the form the release tool writes; `added claim` and `value 1 -> 2` start so too. */
const CHANGE_LINE = /^\s*- `([^`]+)`: (\S+).*\((major|minor|patch)\)\s*$/;

/** The CHANGELOG's versions, newest first as it lists them, each with the changes that name an id. */
export function parseChangelog(markdown: string): Release[] {
  const releases: { version: string; changes: RecordChange[] }[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = VERSION_HEADING.exec(line);
    if (heading?.[1]) {
      releases.push({ version: heading[1], changes: [] });
      continue;
    }
    const change = CHANGE_LINE.exec(line);
    const release = releases.at(-1);
    if (change && release) {
      const [, id = "", field = "", bump] = change;
      release.changes.push({ id, field, bump: bump as Bump });
    }
  }
  if (releases.length === 0) throw new Error("the CHANGELOG lists no version (## x.y.z)");
  return releases;
}

const STRENGTH: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/**
 * Every current record's history. `current` and `released` map each id to its record as JSON text, from the build's
 * dataset and from the snapshot of the latest release.
 */
export function recordHistories(
  releases: readonly Release[],
  current: ReadonlyMap<string, string>,
  released: ReadonlyMap<string, string>,
): DataHistory {
  const oldestFirst = [...releases].reverse();
  const first = oldestFirst[0]?.version ?? "";
  const latest = releases[0]?.version ?? "";
  const records: Record<string, RecordHistory> = {};
  for (const [id, json] of current) {
    const releasedJson = released.get(id);
    if (releasedJson === undefined) {
      records[id] = { changed: [], pending: "added" };
      continue;
    }
    const added = oldestFirst.find((r) => r.changes.some((c) => c.id === id && c.field === "added"))?.version ?? first;
    const changed = oldestFirst
      .filter((r) => r.version !== added)
      .flatMap((r) => {
        const own = r.changes.filter((c) => c.id === id && c.field !== "added");
        if (own.length === 0) return [];
        const bump = own.reduce<Bump>((a, c) => (STRENGTH[c.bump] > STRENGTH[a] ? c.bump : a), "patch");
        return [{ version: r.version, fields: [...new Set(own.map((c) => c.field))], bump }];
      });
    records[id] = { added, changed, ...(releasedJson !== json ? { pending: "changed" as const } : {}) };
  }
  return { latest, first, records };
}
