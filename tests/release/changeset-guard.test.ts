// The data-semver guard. First the real check that `pnpm test` runs: the repository's pending changesets must
// declare at least the bump that the data change since the last release needs, and name every changed record.
// Then the guard's behaviour on fixture changesets in a temporary .changeset directory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changesetMarkdown, checkDeclaredBump, parseChangeset } from "@alignment/release/changesets";
import { currentChanges, packageVersion } from "@alignment/release/datasets";
import { CHANGESET_DIR } from "@alignment/release/paths";
import { readPendingChangesets } from "@alignment/release/read-changesets";
import { type Change, releaseBump } from "@alignment/release/semver";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

describe("the repository", () => {
  it("has pending changesets that declare what the data change since the last release needs", async () => {
    const verdict = checkDeclaredBump({
      changes: await currentChanges(),
      changesets: readPendingChangesets(CHANGESET_DIR),
      version: packageVersion(),
    });
    expect(verdict.ok, verdict.message).toBe(true);
  });
});

const corrected: Change = {
  type: "value",
  bump: "patch",
  subject: "trade.bilateral.2018",
  description: "value $107.1 billion -> $107.2 billion",
};
const added: Change = { type: "added", bump: "minor", subject: "trade.bilateral.2019", description: "added figure" };
const renamed: Change = { type: "renamed", bump: "major", subject: "border.length", description: "renamed to x" };

describe("the guard on fixture changesets", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "alignment-changesets-"));
    writeFileSync(join(dir, "README.md"), "# Changesets\n\nNot a changeset.\n");
    writeFileSync(join(dir, "config.json"), "{}\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, markdown: string) => writeFileSync(join(dir, name), markdown);
  const verdict = (changes: Change[]) => checkDeclaredBump({ changes, changesets: readPendingChangesets(dir) });

  it("passes with no data change and no changeset", () => {
    expect(readPendingChangesets(dir)).toEqual([]);
    expect(verdict([])).toMatchObject({ ok: true, required: "none", declared: "none", message: "" });
  });

  it("passes a changeset for other packages when the data did not change", () => {
    write("deck.md", `---\n"@alignment/lecture": minor\n---\n\nNew slide.\n`);
    expect(verdict([]).ok).toBe(true);
  });

  it("fails a data change that no changeset declares, naming each record and its bump", () => {
    write("deck.md", `---\n"@alignment/lecture": minor\n---\n\nNew slide.\n`);
    const result = verdict([corrected, added]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("@alignment/data needs a minor release for this data change");
    expect(result.message).toContain("no pending changeset names it");
    expect(result.message).toContain("minor needed by trade.bilateral.2019");
    expect(result.message).toContain("patch needed by trade.bilateral.2018");
    expect(result.message).toContain("pnpm data:diff --changeset");
  });

  it("fails an under-declared changeset, naming only the records that need more", () => {
    write(
      "fix.md",
      `---\n"@alignment/data": minor\n---\n\nFix trade.bilateral.2018, add trade.bilateral.2019, rename border.length.\n`,
    );
    const result = verdict([corrected, added, renamed]);
    expect(result).toMatchObject({ ok: false, required: "major", declared: "minor" });
    expect(result.message).toContain(`the pending changesets declare minor (${join(dir, "fix.md")})`);
    expect(result.message).toContain("major needed by border.length");
    expect(result.message).not.toContain("needed by trade.bilateral");
  });

  it("takes the largest bump across changesets and passes when it covers the change", () => {
    write("a.md", `---\n"@alignment/data": patch\n---\n\nCorrect trade.bilateral.2018.\n`);
    write("b.md", `---\n'@alignment/data': minor\n"@alignment/lecture": patch\n---\n\nAdd trade.bilateral.2019.\n`);
    expect(verdict([corrected, added])).toMatchObject({ ok: true, required: "minor", declared: "minor" });
  });

  it("fails when the changesets declare enough but leave a changed record out of the changelog", () => {
    write("a.md", `---\n"@alignment/data": major\n---\n\nCorrect trade.bilateral.2018.\n`);
    const result = verdict([corrected, added]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("no @alignment/data changeset names trade.bilateral.2019");
  });

  it("does not count an id that only appears inside a longer one as named", () => {
    write("a.md", `---\n"@alignment/data": minor\n---\n\nAdd trade.bilateral.2019.x and trade.bilateral.2019-b.\n`);
    expect(verdict([added]).ok).toBe(false);
  });

  it("writes changesets from the diff that satisfy it", () => {
    write("written.md", changesetMarkdown({ changes: [corrected, added], summary: "Correct and extend trade" }));
    const [changeset] = readPendingChangesets(dir);
    expect(changeset?.releases).toEqual([{ name: "@alignment/data", type: "minor" }]);
    expect(changeset?.summary).toContain("Correct and extend trade");
    expect(changeset?.summary).toContain("- `trade.bilateral.2018`: value $107.1 billion -> $107.2 billion (patch)");
    expect(verdict([corrected, added]).ok).toBe(true);
  });

  it("refuses a changeset whose release line it cannot read, naming the file", () => {
    expect(() => parseChangeset(`---\n"@alignment/data": huge\n---\n\nx\n`, "bad.md")).toThrow(
      /bad\.md: cannot read the release line/,
    );
    expect(() => parseChangeset("no front matter", "plain.md")).toThrow(/plain\.md: a changeset starts with/);
  });

  it("reads the front matter as `changeset version` does: YAML, with comments and `none` releases", () => {
    const markdown = `---\n# the deck only\n"@alignment/lecture": minor # a new slide\n"@alignment/data": none\n---\n\nNew slide.\n`;
    expect(parseChangeset(markdown, "yaml.md").releases).toEqual([
      { name: "@alignment/lecture", type: "minor" },
      { name: "@alignment/data", type: "none" },
    ]);
  });

  it("reads an empty changeset as declaring nothing", () => {
    expect(parseChangeset("---\n---\n", "empty.md")).toEqual({ file: "empty.md", releases: [], summary: "" });
  });
});

describe("at 0.x, the bump a changeset declares moves one place right, as changesets and npm's carets read 0.x", () => {
  it("declares a breaking change minor (0.1.0 -> 0.2.0), any other change patch, and from 1.0.0 on as it is", () => {
    expect(releaseBump("major", "0.1.0")).toBe("minor");
    expect(releaseBump("minor", "0.1.0")).toBe("patch");
    expect(releaseBump("patch", "0.1.0")).toBe("patch");
    expect(releaseBump("none", "0.1.0")).toBe("none");
    expect(releaseBump("major", "1.2.0")).toBe("major");
    expect(releaseBump("minor", "1.2.0")).toBe("minor");
    expect(releaseBump("major", undefined)).toBe("major");
  });

  it("accepts a minor changeset for a breaking change at 0.1.0, and says what a patch one lacks", () => {
    const declaring = (bump: string) => [
      parseChangeset(`---\n"@alignment/data": ${bump}\n---\n\nRename border.length.\n`, "rename.md"),
    ];
    const atZero = checkDeclaredBump({ changes: [renamed], changesets: declaring("minor"), version: "0.1.0" });
    expect(atZero).toMatchObject({ ok: true, required: "major", toDeclare: "minor" });
    const short = checkDeclaredBump({ changes: [renamed], changesets: declaring("patch"), version: "0.1.0" });
    expect(short.ok).toBe(false);
    expect(short.message).toContain(
      "needs a major release for this data change, declared minor while its version is 0.1.0",
    );
    // From 1.0.0 on, a breaking change needs a major changeset.
    expect(checkDeclaredBump({ changes: [renamed], changesets: declaring("minor"), version: "1.0.0" }).ok).toBe(false);
  });

  it("writes a changeset that releases a breaking change at 0.x as minor", () => {
    expect(changesetMarkdown({ changes: [renamed, added], summary: "Rename", version: "0.1.0" })).toMatch(
      /^---\n"@alignment\/data": minor\n---/,
    );
    expect(changesetMarkdown({ changes: [renamed], summary: "Rename", version: "1.4.2" })).toMatch(/: major\n/);
  });
});
