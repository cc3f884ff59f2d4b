// Property-based tests of the CSV download: whatever text a record holds, a spreadsheet or a CSV reader gets back
// exactly that text (a formula-like one behind its neutralising quote), and no cell it reads begins with a sign that
// would make it run as a formula. The reader is the tests' strict RFC 4180 parser (@alignment/devkit/csv), written
// apart from the writer.
import { csvField, type Figure, figure, toCsv } from "@alignment/data";
import { parseCsv } from "@alignment/devkit/csv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** 200 runs, or as many as 10 s allow on a loaded machine; a test itself may take up to 30 s. */
const BOUNDS = { numRuns: 200, interruptAfterTimeLimit: 10_000 } as const;
const TIMEOUT = 30_000;

const FORMULA_SIGNS = ["=", "+", "-", "@", "\t", "\r"];
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Text that favours what matters to CSV: separators, quotes, line breaks and formula signs, anywhere. */
const cell = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...FORMULA_SIGNS, ",", '"', "\n", "'", "a", "1", ".", " ", "e"), maxLength: 30 }),
  fc.tuple(fc.constantFrom(...FORMULA_SIGNS), fc.string({ maxLength: 30 })).map(([sign, rest]) => sign + rest),
  fc.double({ noNaN: true }).map(String),
);

/** What a reader should get back: the text itself, or, for a formula-like text, the text behind a single quote. */
const expected = (text: string) =>
  FORMULA_SIGNS.some((sign) => text.startsWith(sign)) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

describe("CSV cells, for any text", () => {
  it(
    "read back as the text written, a formula-like one behind its neutralising quote",
    () => {
      fc.assert(
        fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
          const text = `${cells.map(csvField).join(",")}\r\n`;
          expect(parseCsv(text)).toEqual([cells.map(expected)]);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );

  it(
    "never read back starting with a formula sign, unless the cell is a plain number",
    () => {
      fc.assert(
        fc.property(cell, (text) => {
          const [read] = parseCsv(`${csvField(text)}\r\n`)[0] ?? [];
          if (read !== undefined && !PLAIN_NUMBER.test(read)) {
            expect(
              FORMULA_SIGNS.some((sign) => read.startsWith(sign)),
              JSON.stringify(read),
            ).toBe(false);
          }
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );

  it(
    "keep a record's row whole, whatever its label holds",
    () => {
      const base = figure("trade.bilateral.2018") as Figure;
      fc.assert(
        fc.property(cell, (label) => {
          const [header, row, ...rest] = parseCsv(toCsv([{ ...base, label } as Figure]));
          expect(rest).toEqual([]);
          expect(row).toHaveLength(header?.length ?? -1);
          expect(row?.[header?.indexOf("title") ?? -1]).toBe(expected(label));
          expect(row?.[header?.indexOf("id") ?? -1]).toBe(base.id);
        }),
        BOUNDS,
      );
    },
    TIMEOUT,
  );
});
