// Property-based tests next to the hand-written cases: fast-check throws arbitrary and hostile strings and numbers
// at parseDataset and formatValue, so that a defect nobody thought to write down still cannot crash, hang or leak
// another error type. Runs and time are bounded, so the suite stays quick on a loaded machine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatValue } from "../src/format.ts";
import { collections } from "../src/kinds.ts";
import { DatasetError, parseDataset } from "../src/schema.ts";
import { type Unit, unitIds } from "../src/vocabulary.ts";
import { parseBudget } from "./support/budget.ts";
import { copyOfDataset, essay } from "./support/essay.ts";

/** 200 runs, or as many as 10 s allow on a loaded machine; the test itself may take up to 30 s. */
const BOUNDS = { numRuns: 200, interruptAfterTimeLimit: 10_000 } as const;
const TIMEOUT = 30_000;

/** Every (collection, index, field) of the real dataset that holds text, to overwrite one at a time. */
const data = copyOfDataset();
const textFields = collections.flatMap((collection) =>
  (data[collection] as unknown as Record<string, unknown>[]).flatMap((record, index) =>
    Object.entries(record).flatMap(([field, value]) =>
      typeof value === "string" ? [{ collection, index, field }] : [],
    ),
  ),
);

/** Characters that the patterns of a validator care about, to build runs that would make a regex backtrack. */
const hostileChar = fc.constantFrom(
  ..."<>/![]()\\$ \t\n.-a0‹\u200B\u2060\uFEFF\u0000\u001B\u202E\u2066\u00A0\u201C".split(""),
);
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: hostileChar, maxLength: 300 }),
  fc
    .tuple(fc.string({ unit: hostileChar, maxLength: 3 }), fc.integer({ min: 1, max: 20_000 }))
    .map(([run, times]) => run.repeat(times)),
  fc
    .tuple(
      fc.string({ unit: hostileChar, maxLength: 2 }),
      hostileChar,
      fc.integer({ min: 1_000, max: 100_000 }),
      fc.string({ unit: hostileChar, maxLength: 2 }),
    )
    .map(([before, char, times, after]) => `${before}${char.repeat(times)}${after}`),
);

/** What no text may hold: C0 and C1 controls, bidirectional overrides and isolates. */
const forbidden = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0x202a, max: 0x202e }),
  fc.integer({ min: 0x2066, max: 0x2069 }),
);
/** Text with nothing to see: whitespace and zero-width characters only. */
const invisible = fc.string({
  unit: fc.constantFrom(" ", "\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"),
  maxLength: 20,
});

describe("parseDataset on any text in any field", () => {
  it(
    `parses, or throws a DatasetError naming a record and a field for every problem (${textFields.length} fields)`,
    () => {
      const budget = parseBudget();
      fc.assert(
        fc.property(fc.constantFrom(...textFields), hostileText, fc.boolean(), (target, text, withEssay) => {
          const spoilt = copyOfDataset();
          Object.assign(spoilt[target.collection][target.index] as object, { [target.field]: text });
          const started = performance.now();
          try {
            parseDataset(spoilt, withEssay ? { essay } : {});
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            for (const problem of (error as DatasetError).problems) {
              expect(problem.record, problem.message).not.toBe("");
              expect(problem.field, `${problem.record}: ${problem.message}`).not.toBe("");
            }
          }
          expect(performance.now() - started).toBeLessThan(budget);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );
});

describe("parseDataset on text that hides what it says", () => {
  /** Spoils one field and returns the problems, as "record › field". */
  const problemsAfter = (target: (typeof textFields)[number], text: string): string[] => {
    const spoilt = copyOfDataset();
    const record = spoilt[target.collection][target.index] as unknown as Record<string, string>;
    record[target.field] = text;
    try {
      parseDataset(spoilt);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      return (error as DatasetError).problems.map((p) => `${p.record} › ${p.field}`);
    }
    return [];
  };
  const nameOf = (target: (typeof textFields)[number], text: string) =>
    target.field === "id"
      ? text === ""
        ? `${target.collection}[${target.index}]`
        : text
      : String((data[target.collection][target.index] as { id: string }).id);

  it(
    "rejects a control or bidirectional character anywhere in any text, naming the record and the field",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...textFields), forbidden, fc.nat(), (target, code, at) => {
          const original = String(
            (data[target.collection][target.index] as unknown as Record<string, string>)[target.field],
          );
          const cut = at % (original.length + 1);
          const text = `${original.slice(0, cut)}${String.fromCharCode(code)}${original.slice(cut)}`;
          expect(problemsAfter(target, text)).toContain(`${nameOf(target, text)} › ${target.field}`);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );

  it(
    "rejects text of whitespace and zero-width characters only, naming the record and the field",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...textFields), invisible, (target, text) => {
          expect(problemsAfter(target, text)).toContain(`${nameOf(target, text)} › ${target.field}`);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );
});

describe("formatValue on any finite value", () => {
  const finite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
    fc.constantFrom(-0, -1e-9, -0.004, 999_999, 1e6, 2e6, 3e9, 5e7, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE),
  );
  const unit = fc.constantFrom<Unit>(...unitIds);
  const counts = fc.option(fc.constantFrom("meetings", "soldiers", "permanent seats"), { nil: undefined });

  it(
    'writes no "NaN", "Infinity", "-0" or "undefined"',
    () => {
      fc.assert(
        fc.property(finite, unit, counts, (value, u, c) => {
          const text = formatValue({ value, unit: u, counts: c });
          expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
          // A lone negative zero: "-0 km", "$-0", "-0%", but not "-0.5 km".
          expect(text).not.toMatch(/-0(?![\d.,])/);
          expect(text.trim()).toBe(text);
          expect(text).not.toBe("");
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );

  it(
    "keeps the scale word for people and counts of a million and more",
    () => {
      const large = fc.oneof(
        fc.integer({ min: 1e6, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 1e6, max: 1e300, noNaN: true }),
      );
      fc.assert(
        fc.property(large, fc.constantFrom<Unit>("people", "count"), counts, (value, u, c) => {
          expect(formatValue({ value, unit: u, counts: c })).toMatch(/\b(?:million|billion|trillion)\b/);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );
});
