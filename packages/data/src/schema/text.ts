// The text and id shapes every record is built from. Every text field refuses markup, invisible controls and text
// of nothing visible, within a length bound, so that a hand-edited field can neither inject into a slide nor make a
// check slow; the JSON Schema carries the same rules.
import { z } from "zod";

// The dataset is rendered into slides and pages: a stray tag must be a validation error here rather than an
// injection there. `[\s/]*` is one run that cannot overlap itself, so the search stays linear (`<\s*\/?\s*` tried
// every split of a run of spaces: 9 s for "<" and 100,000 spaces).
const MARKUP = /<[\s/]*[a-z!]/i;

/**
 * Characters no text of the essay holds and that change what a reader sees: C0 and C1 controls (NUL, BEL, ESC, and
 * tab and line breaks too, as no field is multi-line) and the bidirectional overrides and isolates that reorder the
 * text around them (U+202A-U+202E, U+2066-U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const INVISIBLE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const NO_INVISIBLE_CONTROL = new RegExp(`^[^${INVISIBLE_CONTROL.source.slice(1, -1)}]*$`);
/** Something to see: a character that is neither whitespace nor zero-width (U+200B-U+200D, U+2060, U+FEFF). */
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF]/;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Length bounds, about four times the longest text of each kind in the 0.2.0 data, so that no hand-edited field
 * can make a check slow while every real one fits with room to spare: a label or name (longest 186 characters, a
 * claim's label), a passage of the essay (a quote or quoted words: longest 308), an id (longest 38).
 */
const MAX_TEXT = 750;
const MAX_PASSAGE = 1250;
const MAX_ID = 160;

function boundedText(max: number) {
  // Controls and length are checked before trimming, as the JSON Schema checks the text as written.
  return z
    .string()
    .regex(NO_INVISIBLE_CONTROL, {
      error: (issue) => {
        const found = typeof issue.input === "string" ? INVISIBLE_CONTROL.exec(issue.input)?.[0] : undefined;
        return `must not contain control or bidirectional override characters (found ${found === undefined ? "one" : codePoint(found)})`;
      },
    })
    .max(max, `must be at most ${max} characters`)
    .min(1, { error: "must not be empty", abort: true })
    .trim()
    .regex(VISIBLE, "must not be empty (nor only whitespace or zero-width characters)")
    .refine((s) => !MARKUP.test(s), "must not contain HTML or script markup");
}

/** A label, a name, a title: a short restatement or name. */
export const Text = boundedText(MAX_TEXT);
/** The essay's own words: a quote, or words it puts in quotation marks. */
export const Passage = boundedText(MAX_PASSAGE);

/** Readable, stable ids: lowercase words joined by dots or hyphens (`trade.bilateral.2018`). */
export const Id = z
  .string()
  .max(MAX_ID, `must be at most ${MAX_ID} characters`)
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "must be a lowercase dotted id like trade.bilateral.2018");
