// `data:diff` as a maintainer runs it, against the built package and a base they name: a directory holding a
// released dataset.json, or something that is not a base at all.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset, formatValue } from "@alignment/data";
import { repoRoot } from "@alignment/devkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The release tool's bin, as `pnpm data:diff` runs it once the package is built. */
function dataDiff(...args: string[]) {
  const run = spawnSync("pnpm", ["exec", "alignment-release", "data-diff", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const [figure] = dataset.figures;
const [event] = dataset.events;
if (figure === undefined || event === undefined) throw new Error("the dataset needs a figure and an event");

describe("pnpm data:diff <base>", () => {
  let base: string;
  beforeAll(() => {
    // A base one release behind: it lacked the first event and stated the first figure as half its value.
    base = mkdtempSync(join(tmpdir(), "alignment-base-"));
    const older = structuredClone(dataset) as unknown as {
      figures: { value: number }[];
      events: unknown[];
    };
    older.events.splice(0, 1);
    const olderFigure = older.figures[0];
    if (olderFigure) olderFigure.value = figure.value / 2;
    writeFileSync(join(base, "dataset.json"), JSON.stringify(older));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("prints each change since the base, record by record, and the bump it requires", () => {
    const { code, stdout, stderr } = dataDiff(base);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^ +minor +${event.id.replaceAll(".", "\\.")} +added event$`));
    expect(lines[1]).toContain(
      `value ${formatValue({ ...figure, value: figure.value / 2 })} -> ${formatValue(figure)}`,
    );
    expect(lines.at(-1)).toBe("2 changes; required bump: minor");
  });

  it("says what is wrong with a base that is neither a file nor a git revision", () => {
    const { code, stderr } = dataDiff("no-such-release");
    expect(code).toBe(1);
    expect(stderr).toContain('base "no-such-release" is neither a file nor a git revision');
  });
});
