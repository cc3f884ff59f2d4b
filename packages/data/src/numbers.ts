// How the essay writes a figure's value, so that a quoted figure's `value` can be checked against the number its
// own quote states: parseDataset rejects a figure whose quote says 4,300 while its value says 4,200, and the
// provenance test reads the same forms. Pure functions of a value and a text; no zod.
import { normaliseForQuoteMatch } from "./locate.ts";
import type { Unit } from "./vocabulary.ts";

/** The numbers the essay spells out in words ("two permanent seats", "four years"). */
const SPELLED: Readonly<Record<number, string>> = {
  1: "one",
  2: "two",
  3: "three",
  4: "four",
  5: "five",
  6: "six",
  7: "seven",
  8: "eight",
  9: "nine",
  10: "ten",
  11: "eleven",
  12: "twelve",
};

const SCALES = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
] as const;

/** A number's digits without binary noise: 69.6e9 / 1e9 is 69.60000000000001, written 69.6. */
function digits(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * The ways the essay may write a value: "4,200" (or "4200"), "69.6 billion", "12%", "146 percent", "two". Only the
 * magnitude is written: a fall is the prose's to say ("declined by 5%").
 */
export function writtenForms(value: number, unit: Unit): string[] {
  const magnitude = Math.abs(value);
  const forms = [
    magnitude.toLocaleString("en-US", { maximumFractionDigits: 20 }),
    magnitude.toLocaleString("en-US", { maximumFractionDigits: 20, useGrouping: false }),
  ];
  const scale = SCALES.find(([size]) => magnitude >= size);
  if (scale !== undefined) forms.unshift(`${digits(magnitude / scale[0])} ${scale[1]}`);
  const word = SPELLED[magnitude];
  if (word !== undefined) forms.push(word);
  const unique = [...new Set(forms)];
  return unit === "percent" ? unique.flatMap((w) => [`${w}%`, `${w} percent`]) : unique;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/** Whether `form` stands at `at` in `text` as a whole number: not inside "4,2001", "14,200", "1.5" or "fourteen". */
function standsAlone(text: string, at: number, form: string): boolean {
  const before = text[at - 1];
  const after = text[at + form.length];
  const next = text[at + form.length + 1];
  if (isWordChar(before) || before === "." || before === ",") return false;
  if (isDigit(after) || isWordChar(after)) return false;
  return !((after === "." || after === ",") && isDigit(next));
}

/**
 * The first written form of the value that stands in the quote as a whole number, or undefined when the quote
 * states no such number. A scan with indexOf over the (bounded) quote: no pattern built from data.
 */
export function numberAsWritten(quote: string, value: number, unit: Unit): string | undefined {
  const text = normaliseForQuoteMatch(quote).toLowerCase();
  return writtenForms(value, unit).find((form) => {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      if (standsAlone(text, at, form)) return true;
    }
    return false;
  });
}
