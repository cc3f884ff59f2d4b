// What the cross-record checks share: the dataset, the kind of record each id names, and the essay, normalised once,
// with the helpers that turn a reference or a quoted word into a problem.
import { locatorProblem, normaliseForQuoteMatch, paragraphsOf } from "../../locate.ts";
import type { AnyRecord, DatasetShape } from "../dataset.ts";
import type { Figure } from "../figure.ts";
import type { DatasetProblem } from "../problems.ts";
import type { Locator } from "../quoted.ts";

export interface ParseOptions {
  /**
   * The essay's text. When given, every `quote` must occur in it verbatim (after normalising whitespace, curly
   * quotes, and the essay's markdown links and `\$` escapes).
   */
  essay?: string;
}

export interface CheckContext {
  data: DatasetShape;
  /** Every record, in collection order. */
  records: readonly AnyRecord[];
  /** The kind of record each id names (the first record's, where an id is used twice). */
  kindOf: ReadonlyMap<string, string>;
  figureById: ReadonlyMap<string, Figure>;
  /** The essay, when given: as written, normalised for quote matching, and cut into paragraphs. */
  essay?: { text: string; normalised: string; paragraphs: ReturnType<typeof paragraphsOf> };
}

/** One check over the whole dataset: the problems it finds, in dataset order. */
export type Check = (context: CheckContext) => DatasetProblem[];

export function checkContext(data: DatasetShape, records: readonly AnyRecord[], options: ParseOptions): CheckContext {
  const kindOf = new Map<string, string>();
  for (const record of records) if (!kindOf.has(record.id)) kindOf.set(record.id, record.kind);
  return {
    data,
    records,
    kindOf,
    figureById: new Map(data.figures.map((f) => [f.id, f])),
    ...(options.essay === undefined
      ? {}
      : {
          essay: {
            text: options.essay,
            normalised: normaliseForQuoteMatch(options.essay),
            paragraphs: paragraphsOf(options.essay),
          },
        }),
  };
}

export function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/** `owner`'s `field` must name a record of `kind` (when it names one at all). */
export function reference(
  { kindOf }: CheckContext,
  owner: string,
  field: string,
  ref: string | undefined,
  kind: string,
): DatasetProblem[] {
  if (ref === undefined) return [];
  const actual = kindOf.get(ref);
  if (actual === undefined) return [{ record: owner, field, message: `refers to unknown ${kind} "${ref}"` }];
  if (actual !== kind) {
    return [
      {
        record: owner,
        field,
        message: `refers to "${ref}", ${withArticle(actual)}, where ${withArticle(kind)} is expected`,
      },
    ];
  }
  return [];
}

/** Each of `refs` (field `field.0`, `field.1`, ...) must name a record of `kind`. */
export function references(
  context: CheckContext,
  owner: string,
  field: string,
  refs: readonly string[],
  kind: string,
): DatasetProblem[] {
  return refs.flatMap((ref, i) => reference(context, owner, `${field}.${i}`, ref, kind));
}

/** Whether `text` stands in the essay (always, when no essay is given). */
export function inEssay({ essay }: CheckContext, text: string): boolean {
  return essay === undefined || essay.normalised.includes(normaliseForQuoteMatch(text));
}

/** A quote that is not the essay's, or one whose locator does not point at it. */
export function quoteProblems(
  context: CheckContext,
  record: { id: string; quote: string; locator: Locator },
): DatasetProblem[] {
  const { essay } = context;
  if (essay === undefined) return [];
  if (!inEssay(context, record.quote)) {
    return [{ record: record.id, field: "quote", message: "does not occur verbatim in the essay" }];
  }
  const wrong = locatorProblem(essay.text, record.quote, record.locator, essay.paragraphs);
  return wrong === undefined ? [] : [{ record: record.id, field: "locator", message: wrong }];
}

/** Words a record shows must stand in its quote: `field` of the record holds them. */
export function withinQuote(
  record: { id: string; quote: string },
  field: string,
  words: string | undefined,
): DatasetProblem[] {
  if (words === undefined || normaliseForQuoteMatch(record.quote).includes(normaliseForQuoteMatch(words))) return [];
  return [{ record: record.id, field, message: `"${words}" does not stand in the record's quote` }];
}

/** Case and quote marks folded, for "does the label carry the hedge" (a label may start with "Arguably"). */
function fold(text: string): string {
  return normaliseForQuoteMatch(text).toLowerCase();
}

/** A hedge must be shown wherever the record is: its label carries the essay's hedging words. */
export function hedgeShown(
  record: { id: string; label: string },
  field: string,
  hedge: string | undefined,
): DatasetProblem[] {
  if (hedge === undefined || fold(record.label).includes(fold(hedge))) return [];
  return [
    {
      record: record.id,
      field: "label",
      message: `must carry the essay's hedge "${hedge}" (from ${field}), so that no reader sees less hedging than the essay uses`,
    },
  ];
}
