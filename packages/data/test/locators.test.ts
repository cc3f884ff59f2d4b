// Every quote's locator points at the quote in source/essay.txt, and src/content/locators.ts is exactly what the
// essay and the quotes give. `pnpm --filter @alignment/data locate` rewrites that file (vitest's file snapshot, -u).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { allRecords, dataset } from "../src/index.ts";
import { locateQuote, locatorProblem, paragraphsOf } from "../src/locate.ts";
import { essay } from "./support/essay.ts";

const quoted = allRecords().flatMap((r) =>
  "quote" in r && r.quote !== undefined && "locator" in r ? [{ id: r.id, quote: r.quote, locator: r.locator }] : [],
);
const paragraphs = paragraphsOf(essay);

/** The file the locators live in, as it must read for this essay and these quotes. */
function locatorsFile(): string {
  const lines = quoted.map(({ id, quote }) => {
    const at = locateQuote(essay, quote, paragraphs);
    if (at === undefined) throw new Error(`${id} › quote: does not occur in the essay, so it has no locator`);
    // Keys as Biome writes them, so that formatting the repository leaves the file as the test expects it.
    const key = /^[A-Za-z_$][\w$]*$/.test(id) ? id : JSON.stringify(id);
    return `  ${key}: { paragraph: ${at.paragraph}, start: ${at.start}, end: ${at.end} },`;
  });
  const sha = createHash("sha256").update(essay).digest("hex");
  return `// Written by \`pnpm --filter @alignment/data locate\` from source/essay.txt; checked by test/locators.test.ts.
// Where each record's quote stands in the essay: paragraph (see paragraphsOf in src/locate.ts) and characters [start, end).
export const essaySha256 = "${sha}";
export const locators: Record<string, { paragraph: number; start: number; end: number }> = {
${lines.join("\n")}
};
`;
}

describe("locators", () => {
  it("src/content/locators.ts is what the essay and the quotes give (pnpm --filter @alignment/data locate)", async () => {
    await expect(locatorsFile()).toMatchFileSnapshot("../src/content/locators.ts");
  });

  it.each(quoted)("$id: the locator's slice of the essay is the quote", ({ quote, locator }) => {
    expect(locatorProblem(essay, quote, locator, paragraphs)).toBeUndefined();
  });

  it("the dataset names the SHA-256 of the essay its quotes were checked against", () => {
    expect(dataset.meta.essaySha256).toBe(createHash("sha256").update(essay).digest("hex"));
  });

  it("counts paragraphs as the essay reads: title lines and headings apart, a page break joined", () => {
    const texts = paragraphs.map((p) => essay.slice(p.start, p.end).replace(/\s+/g, " ").trim());
    expect(texts.slice(0, 4)).toEqual([
      "Contemporary China-Russia-North Korea Alignment:",
      "NOT ALWAYS TOGETHER, BUT NEVER THAT FAR APART",
      "Kathryn Stoner, Stanford University",
      "March 2026",
    ]);
    expect(texts).toContain("Pragmatism, Not Ideology");
    // The page break inside "including control and / ownership of vast energy resources" is one paragraph.
    expect(texts.some((t) => t.includes("including control and ownership of vast energy resources"))).toBe(true);
    expect(texts.some((t) => t.includes("A year later, Xi awarded Putin"))).toBe(true);
    expect(texts.at(-1)).toMatch(/^¹ See /);
  });

  it("a locator that points elsewhere is refused, naming where the quote really stands", () => {
    const border = dataset.figures.find((f) => f.id === "border.length");
    if (border === undefined || border.origin !== "essay") throw new Error("border.length is missing");
    const moved = { ...border.locator, start: border.locator.start + 1, end: border.locator.end + 1 };
    expect(locatorProblem(essay, border.quote, moved, paragraphs)).toMatch(/not the quote/);
    expect(locatorProblem(essay, border.quote, { ...border.locator, paragraph: 3 }, paragraphs)).toMatch(
      /stands in paragraph \d+, not 3/,
    );
  });

  it("widens a range over a markdown link rather than cutting it", () => {
    const at = locateQuote(essay, "As Arne Westad has written");
    expect(at && essay.slice(at.start, at.end)).toBe("As Arne Westad has [written](#)");
  });
});
