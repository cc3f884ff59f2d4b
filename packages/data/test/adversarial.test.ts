// Inputs built to make a validator's regular expressions backtrack: each long run aimed at one pattern applied to
// data text (markup, ids, dates, the quote normaliser's links). parseDataset must answer every one in well under a
// second (more only on a machine loaded enough to slow the real dataset too), and a rejection must still name
// the record and the field.
import { describe, expect, it } from "vitest";
import type { Collection } from "../src/kinds.ts";
import { DatasetError, type DatasetShape, parseDataset } from "../src/schema.ts";
import { parseBudget } from "./support/budget.ts";
import { copyOfDataset, essay } from "./support/essay.ts";

const RUN = 100_000;
/** Each case parses twice, and a loaded machine may be slow at both: the timing bound is parseBudget's. */
const TIMEOUT = 30_000;
const spaces = " ".repeat(RUN);

interface Attack {
  name: string;
  /** Spoils the first record of a collection in place. */
  collection: Collection;
  field: string;
  text: string;
}

const attacks: Attack[] = [
  { name: '"‹", 100,000 spaces and "0" in a label', collection: "events", field: "label", text: `‹${spaces}0` },
  { name: '"<", 100,000 spaces and "0" in a label', collection: "events", field: "label", text: `<${spaces}0` },
  {
    name: '"<", 100,000 spaces and "/" in a label',
    collection: "claims",
    field: "label",
    text: `<${spaces}/${spaces}`,
  },
  { name: '100,000 "<" in a name', collection: "entities", field: "name", text: "<".repeat(RUN) },
  { name: '100,000 "[" in a quotation\'s words', collection: "quotations", field: "text", text: "[".repeat(RUN) },
  { name: '100,000 "[" in a quote', collection: "claims", field: "quote", text: "[".repeat(RUN) },
  { name: "100,000 unclosed links in a quote", collection: "claims", field: "quote", text: "[a](".repeat(RUN / 4) },
  { name: "100,000 empty links in a quote", collection: "claims", field: "quote", text: "[](x)".repeat(RUN / 5) },
  { name: "a run of escapes in a quote", collection: "claims", field: "quote", text: "\\$".repeat(RUN / 2) },
  { name: "100,000 zero-width spaces in a label", collection: "events", field: "label", text: "\u200B".repeat(RUN) },
  {
    name: "alternating whitespace in a label",
    collection: "events",
    field: "label",
    text: `a${" \t".repeat(RUN / 2)}b`,
  },
  {
    name: "an id of 50,000 dotted words and a capital",
    collection: "events",
    field: "id",
    text: `${"a.".repeat(RUN / 2)}A`,
  },
  { name: "an id of 100,000 letters and a bang", collection: "events", field: "id", text: `${"a".repeat(RUN)}!` },
  { name: "an id of 100,000 hyphens", collection: "events", field: "id", text: "-".repeat(RUN) },
  { name: "a section reference of 100,000 digits", collection: "figures", field: "section", text: "1".repeat(RUN) },
];

/** The record's id after the spoil, as a problem names it (an id too long to be valid is still its name). */
function recordName(data: DatasetShape, attack: Attack): string {
  return (data[attack.collection][0] as { id: string }).id;
}

function timed(data: DatasetShape, options: { essay?: string }): { ms: number; error: unknown } {
  const start = performance.now();
  try {
    parseDataset(data, options);
    return { ms: performance.now() - start, error: undefined };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

describe("parseDataset on input built to make its patterns backtrack", () => {
  it.each(attacks.map((a) => [a.name, a] as const))(
    "%s: rejected in well under a second",
    (_name, attack) => {
      for (const options of [{}, { essay }]) {
        const data = copyOfDataset();
        Object.assign(data[attack.collection][0] as object, { [attack.field]: attack.text });
        const { ms, error } = timed(data, options);
        expect(ms).toBeLessThan(parseBudget());
        expect(error).toBeInstanceOf(DatasetError);
        const problems = (error as DatasetError).problems;
        expect(problems.map((p) => `${p.record} › ${p.field}`)).toContain(
          `${recordName(data, attack)} › ${attack.field}`,
        );
      }
    },
    TIMEOUT,
  );

  it.each([
    ["a date of 100,000 digits", { start: "1".repeat(RUN), precision: "year" }],
    ["a date of 25,000 year-month groups", { start: "2020-01".repeat(RUN / 7), precision: "month" }],
  ])(
    "%s: rejected in well under a second, naming the date",
    (_name, when) => {
      const data = copyOfDataset();
      Object.assign(data.events[0] as object, { when });
      const { ms, error } = timed(data, {});
      expect(ms).toBeLessThan(parseBudget());
      expect((error as DatasetError).problems.map((p) => `${p.record} › ${p.field}`)).toEqual([
        `${data.events[0]?.id} › when.start`,
      ]);
    },
    TIMEOUT,
  );

  it(
    "answers as quickly for an essay built to backtrack",
    () => {
      const hostile = `${"[".repeat(RUN)}${"\n\n".repeat(RUN / 4)}${"a\n".repeat(RUN / 4)}`;
      const { ms, error } = timed(copyOfDataset(), { essay: hostile });
      expect(ms).toBeLessThan(parseBudget());
      expect(error).toBeInstanceOf(DatasetError);
    },
    TIMEOUT,
  );
});
