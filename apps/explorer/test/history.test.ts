// A record's history is read from the data package's CHANGELOG (what each version changed, record by record) and its
// released snapshot (what no version holds yet): the parse must find every version and every line that names a
// record, and the history must say what the changelog says of real records.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseChangelog, recordHistories } from "../src/history.ts";

const dataDir = dirname(createRequire(import.meta.url).resolve("@alignment/data/package.json"));
const changelog = readFileSync(join(dataDir, "CHANGELOG.md"), "utf8");

const CHANGELOG = `# @alignment/data

## 0.3.0

### Patch Changes

- abc1234: Corrections.
  - \`a\`: value 1 -> 2 (patch)
  - \`a\`: unit changed "km" -> "usd" (major)
  - \`figures[].counts\`: optional field added (minor)

## 0.2.0

- \`b\`: added figure (minor)
  - \`a\`: label corrected "x" -> "y" (patch)

## 0.1.0

The first release.
`;

const json = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("parseChangelog", () => {
  it("reads every version, newest first, with each change's id, field and bump", () => {
    expect(parseChangelog(CHANGELOG)).toEqual([
      {
        version: "0.3.0",
        changes: [
          { id: "a", field: "value", bump: "patch" },
          { id: "a", field: "unit", bump: "major" },
          { id: "figures[].counts", field: "optional", bump: "minor" },
        ],
      },
      {
        version: "0.2.0",
        changes: [
          { id: "b", field: "added", bump: "minor" },
          { id: "a", field: "label", bump: "patch" },
        ],
      },
      { version: "0.1.0", changes: [] },
    ]);
  });

  it("refuses a changelog with no version, rather than dating every record wrongly", () => {
    expect(() => parseChangelog("# @alignment/data\n")).toThrow("the CHANGELOG lists no version");
  });
});

describe("recordHistories", () => {
  const releases = parseChangelog(CHANGELOG);

  it("dates a record to the version that added it, or to the first release, with each later change", () => {
    const { records, first, latest } = recordHistories(releases, json({ a: "A3", b: "B" }), json({ a: "A3", b: "B" }));
    expect([first, latest]).toEqual(["0.1.0", "0.3.0"]);
    expect(records.a).toEqual({
      added: "0.1.0",
      changed: [
        { version: "0.2.0", fields: ["label"], bump: "patch" },
        { version: "0.3.0", fields: ["value", "unit"], bump: "major" },
      ],
    });
    expect(records.b).toEqual({ added: "0.2.0", changed: [] });
  });

  it("says what is not released yet: a record the snapshot lacks, or holds otherwise", () => {
    const { records } = recordHistories(releases, json({ a: "A4", c: "C" }), json({ a: "A3" }));
    expect(records.a?.pending).toBe("changed");
    expect(records.c).toEqual({ changed: [], pending: "added" });
  });

  it("reads the package's own CHANGELOG: a record of the first release, and one that 0.2.0 added", () => {
    const releases = parseChangelog(changelog);
    expect(releases.at(-1)?.version).toBe("0.1.0");
    const ids = json({ "border.length": "", "claim.tsentr-mostly-russian": "" });
    const { records } = recordHistories(releases, ids, ids);
    expect(records["border.length"]?.added).toBe("0.1.0");
    expect(records["border.length"]?.changed[0]).toEqual({
      version: "0.2.0",
      fields: ["label", "when", "locator"],
      bump: "patch",
    });
    expect(records["claim.tsentr-mostly-russian"]?.added).toBe("0.2.0");
  });
});
