import { describe, expect, it } from "vitest";
import { allRecords, dataset, figure, formatWhen } from "../src/index.ts";
import { numberAsWritten } from "../src/numbers.ts";
import { normaliseForQuoteMatch } from "../src/schema.ts";
import { essay, normalisedEssay } from "./support/essay.ts";

const occursInEssay = (words: string) => normalisedEssay.includes(normaliseForQuoteMatch(words));

const quoted = allRecords().flatMap((r) => ("quote" in r && r.quote !== undefined ? [[r.id, r.quote] as const] : []));

describe("quote matching", () => {
  it("normalises only whitespace, curly quotes, markdown links and \\$ escapes", () => {
    expect(
      normaliseForQuoteMatch("As  Arne Westad has [written](#),\n\u201cthe Cold War\u201d costs \\$5 \u2019"),
    ).toBe('As Arne Westad has written, "the Cold War" costs $5 \'');
    // Words, case and punctuation are left alone, so a paraphrase still fails to match.
    expect(occursInEssay("about 12 percent of Russia's weapons sales")).toBe(false);
    expect(occursInEssay("according to SIPRI")).toBe(false);
    expect(occursInEssay("According to SIPRI")).toBe(true);
  });
});

describe("provenance: every quote is the essay's own words", () => {
  it("has quotes to check", () => {
    expect(quoted.length).toBeGreaterThan(100);
  });

  it.each(quoted)("%s", (_id, quote) => {
    expect(occursInEssay(quote), quote).toBe(true);
  });

  it.each(dataset.quotations.map((q) => [q.id, q.text] as const))(
    "quotation %s: its text is in the essay",
    (_id, text) => {
      expect(occursInEssay(text), text).toBe(true);
    },
  );

  it("every quotation's text stands inside the essay's quotation marks", () => {
    for (const q of dataset.quotations) {
      const marked = normaliseForQuoteMatch(q.quote);
      const inside = marked.indexOf(normaliseForQuoteMatch(q.text));
      expect(inside, q.id).toBeGreaterThan(0);
      expect(marked[inside - 1], q.id).toBe('"');
    }
  });

  it("every section heading is a line of the essay, in the dataset's order", () => {
    const lines = essay.split("\n").map((line) => line.trim());
    const headings = dataset.sections.flatMap((s) => (s.heading === undefined ? [] : [s.heading]));
    const positions = headings.map((h) => lines.indexOf(h));
    expect(
      positions.every((p) => p > 0),
      headings.join(" | "),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(headings).toHaveLength(4);
  });

  it("the metadata is the essay's title block", () => {
    const head = essay.trim().split("\n").filter(Boolean).slice(0, 4);
    expect(head).toEqual([
      `${dataset.meta.title}:`,
      dataset.meta.subtitle.toUpperCase(),
      `${dataset.meta.author}, ${dataset.meta.affiliation}`,
      formatWhen(dataset.meta.published),
    ]);
  });
});

describe("provenance: every quoted figure's number stands in its quote", () => {
  const quotedFigures = dataset.figures.filter((f) => f.origin === "essay");

  it.each(quotedFigures.map((f) => [f.id, f] as const))("%s", (_id, f) => {
    expect(numberAsWritten(f.quote, f.value, f.unit), `${f.value} ${f.unit} in: ${f.quote}`).toBeDefined();
  });

  it.each([
    ["border.length", "4,200"],
    ["trade.bilateral.2016", "69.6 billion"],
    ["trade.bilateral.2018", "107.1 billion"],
    ["oil.exports-to-china.growth.2012-2017", "146 percent"],
    ["arms.sales-share-to-china.2013-2017", "12%"],
    ["meetings.xi-putin", "43"],
    ["power-of-siberia.capacity", "38 billion"],
    ["tsentr-2019.personnel", "128,000"],
    ["tsentr-2019.chinese-soldiers", "1,600"],
    ["unsc.permanent-seats.held", "two"],
    ["unsc.permanent-seats.total", "five"],
    ["war.duration", "four"],
    ["war.artillery-help.years", "two"],
  ] as const)("%s is written %s", (id, written) => {
    const f = figure(id);
    expect(f.origin === "essay" && numberAsWritten(f.quote, f.value, f.unit)).toBe(written);
  });

  it("a quote that states another number fails the check", () => {
    expect(numberAsWritten("their shared 4,300 km border", 4200, "km")).toBeUndefined();
    expect(numberAsWritten("about 12.5% of Russia's weapons sales", 12, "percent")).toBeUndefined();
    expect(numberAsWritten("$69.6 billion in 2016", 69.6e9, "usd")).toBe("69.6 billion");
  });

  it("derived figures carry no quote: the essay does not state them", () => {
    const derived = dataset.figures.filter((f) => f.origin === "derived");
    expect(derived.map((f) => f.id).sort()).toEqual(["trade.bilateral.growth.2016-2018", "tsentr-2019.chinese-share"]);
    for (const f of derived) expect("quote" in f, f.id).toBe(false);
  });
});
