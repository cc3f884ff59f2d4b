// The bench's three bundlers measure what a consumer really ships: each bundles the built package, keeps the import
// it is given and drops the records that `formatValue` does not need, so the figures `pnpm bench` prints are sizes of
// working bundles, comparable across bundlers.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLERS, bundleWith } from "../src/bundlers.ts";

// Inside bench/, so that "@alignment/data" resolves; a directory of its own, apart from a running `pnpm bench`.
mkdirSync(join(import.meta.dirname, "..", ".baseline"), { recursive: true });
const scratch = mkdtempSync(join(import.meta.dirname, "..", ".baseline", "bundlers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(BUNDLERS)("%s", (bundler) => {
  it("bundles formatValue alone without a record of the dataset", async () => {
    const code = await bundleWith(bundler, ["formatValue"], join(scratch, bundler));
    // formatValue itself: it writes large amounts in Intl's compact notation ("107.1 billion").
    expect(code).toContain("compactDisplay");
    expect(code).not.toContain("trade.bilateral");
  });

  it("bundles figure() with the records it reads, and no validator", async () => {
    const code = await bundleWith(bundler, ["figure"], join(scratch, bundler));
    expect(code).toContain("trade.bilateral.2018");
    expect(code).not.toMatch(/ZodError|\$ZodType/);
  });
});
