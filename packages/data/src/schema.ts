import { z } from "zod";
import { collections as COLLECTIONS } from "./kinds.ts";
import { locatorProblem, normaliseForQuoteMatch, paragraphsOf } from "./locate.ts";
import { numberAsWritten, writtenForms } from "./numbers.ts";
import {
  aggregations,
  applyFormula,
  comparisonBases,
  dateParts,
  dateRelations,
  dimensions,
  entityTypes,
  formulaIds,
  isRounded,
  precisions,
  qualifiers,
  stances,
  unitIds,
} from "./vocabulary.ts";

export { locateQuote, normaliseForQuoteMatch } from "./locate.ts";

// Every text field refuses markup: the dataset is rendered into slides and pages, and a stray tag must be a
// validation error here rather than an injection there. `[\s/]*` is one run that cannot overlap itself, so the
// search stays linear (`<\s*\/?\s*` tried every split of a run of spaces: 9 s for "<" and 100,000 spaces).
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
const Text = boundedText(MAX_TEXT);
/** The essay's own words: a quote, or words it puts in quotation marks. */
const Passage = boundedText(MAX_PASSAGE);

/** Readable, stable ids: lowercase words joined by dots or hyphens (`trade.bilateral.2018`). */
const Id = z
  .string()
  .max(MAX_ID, `must be at most ${MAX_ID} characters`)
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "must be a lowercase dotted id like trade.bilateral.2018");

export const DimensionSchema = z.enum(dimensions);
export const PrecisionSchema = z.enum(precisions);
export const QualifierSchema = z.enum(qualifiers);
export const UnitSchema = z.enum(unitIds);
export const EntityTypeSchema = z.enum(entityTypes);
export const StanceSchema = z.enum(stances);
export const DateRelationSchema = z.enum(dateRelations);

const DATE_FORMS: Record<z.infer<typeof PrecisionSchema>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
};

/** The shape every date shares, so that the JSON Schema too refuses "March 2026"; precision is checked below. */
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DateText = z.string().regex(DATE_SHAPE, "must be a date written 2026, 2026-03 or 2026-03-01");

function isRealDate(date: string, precision: z.infer<typeof PrecisionSchema>): boolean {
  if (!DATE_FORMS[precision].test(date)) return false;
  const [year, month = 1, day = 1] = date.split("-").map(Number) as [number, number?, number?];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * When something happened or held: a single date, or a period from `start` to `end`, both written at the same
 * precision (year `2018`, month `2026-03`, day `2026-03-01`, decade `1970` for "the 1970s"), with the relation the
 * essay gives ("by 2016", "since 2022", "at least 2012") and, for rough dates, the part of it ("the mid-2000s").
 */
export const WhenSchema = z
  .strictObject({
    start: DateText,
    end: DateText.optional(),
    precision: PrecisionSchema,
    /** How the date bounds what it dates; absent, it happened or held in (or over) the date. */
    relation: DateRelationSchema.optional(),
    /** Only roughly dated: the early, middle or late part of the decade or year. */
    part: z.enum(dateParts).optional(),
  })
  .superRefine((when, ctx) => {
    for (const key of ["start", "end"] as const) {
      const date = when[key];
      // A date of the wrong shape is already reported by DateText; report each defect once.
      if (date !== undefined && DATE_SHAPE.test(date) && !isRealDate(date, when.precision)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${date}" is not a valid date at precision "${when.precision}" (expected ${DATE_FORMS[when.precision].source})`,
        });
      }
    }
    if (when.end !== undefined && when.relation !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["relation"],
        message: `a period (${when.start} to ${when.end}) takes no relation; "${when.relation}" bounds a single date`,
      });
    }
    if (when.end !== undefined && when.end < when.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `period ends (${when.end}) before it starts (${when.start})`,
      });
    }
  });

/**
 * Where a quote stands in the essay: its paragraph (counted from the first paragraph after the title block; a
 * paragraph broken across a page of the source stays one paragraph) and its character range `[start, end)` in
 * source/essay.txt, whose slice equals the quote after `normaliseForQuoteMatch`.
 */
export const LocatorSchema = z.strictObject({
  paragraph: z
    .number()
    .int()
    .positive(
      "must be a paragraph of the essay (a new quote has no locator yet: run `pnpm --filter @alignment/data locate`)",
    ),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Fields every essay-backed record shares: where it stands in the essay and the essay's exact words. */
const Quoted = {
  id: Id,
  section: Id,
  /** The exact words of the essay that state this record. */
  quote: Passage,
  /** Where `quote` stands in the essay's text. */
  locator: LocatorSchema,
};

/**
 * The essay's own hedging words for a claim or comparison ("arguably", "appears", "in many areas"), verbatim from the
 * quote; wherever the record is shown, its label carries them.
 */
const Hedge = Text;

export const MetaSchema = z.strictObject({
  title: Text,
  subtitle: Text,
  author: Text,
  affiliation: Text,
  /** Publication date of the essay, at month precision. */
  published: WhenSchema,
  /** What the data deliberately does not hold, and why. */
  scopeNotes: z.array(Passage),
  /** SHA-256 (hex) of the essay's text that every quote and locator was checked against (source/essay.txt). */
  essaySha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hex digest"),
});

export const SectionSchema = z.strictObject({
  kind: z.literal("section"),
  id: Id,
  order: z.number().int().nonnegative(),
  /** The essay's own heading, verbatim; the opening section has none. */
  heading: Text.optional(),
  /** A short name for navigation (the heading, or "Opening"). */
  label: Text,
});

export const SourceSchema = z.strictObject({
  kind: z.literal("source"),
  ...Quoted,
  /** How the essay names the work or body it cites; for a link with no named target, what the essay does with it. */
  label: Text,
  title: Text.optional(),
  authors: z.array(Text).optional(),
  /** Editors of a volume, where the essay names them as such ("Lora Saalman, editor"). */
  editors: z.array(Text).optional(),
  /** The number of the essay's footnote that cites this work. */
  footnote: z.number().int().positive().optional(),
  publisher: Text.optional(),
  published: WhenSchema.optional(),
  /** True where the essay points to a source only through a link whose target it does not name. */
  unnamed: z.boolean().optional(),
});

export const EntitySchema = z.strictObject({
  kind: z.literal("entity"),
  ...Quoted,
  type: EntityTypeSchema,
  name: Text,
  /** Shorter form for tight spaces (chart labels): "ESPO", "SCO". */
  shortName: Text.optional(),
  /** What the essay says the entity is, verbatim from the quote ("Russia's highest award for ..."). */
  description: Text.optional(),
});

const FigureFields = {
  kind: z.literal("figure"),
  id: Id,
  section: Id,
  label: Text,
  value: z.number(),
  unit: UnitSchema,
  /** What is counted, in the essay's word ("meetings", "permanent seats", "personnel", "soldiers"); required for `count`. */
  counts: Text.optional(),
  when: WhenSchema,
  /** For a figure over a period: a total over it, or the change between its ends. */
  aggregation: z.enum(aggregations).optional(),
  qualifier: QualifierSchema.optional(),
  subjects: z.array(Id).min(1, "must name at least one subject entity"),
  dimension: DimensionSchema,
  source: Id.optional(),
};

export const QuotedFigureSchema = z.strictObject({
  ...FigureFields,
  origin: z.literal("essay"),
  quote: Passage,
  locator: LocatorSchema,
});

export const DerivedFigureSchema = z.strictObject({
  ...FigureFields,
  origin: z.literal("derived"),
  derivedFrom: z.array(Id).length(2, "a formula takes exactly two input figures"),
  formula: z.enum(formulaIds),
  /** What a reader must know about the computation: inputs that count different things, say. */
  caveat: Passage.optional(),
  /** Present only to be refused: a derived figure is computed, so no words of the essay state it. */
  quote: z.never({ error: "a derived figure carries no quote: the essay does not state it" }).optional(),
});

export const FigureSchema = z.discriminatedUnion("origin", [QuotedFigureSchema, DerivedFigureSchema]);

export const EventSchema = z.strictObject({
  kind: z.literal("event"),
  ...Quoted,
  /** A short restatement; it carries the event's qualifier ("reportedly") in the essay's word. */
  label: Text,
  /** Absent for happenings the essay narrates without a date (Xi's rise to power): no date is invented for them. */
  when: WhenSchema.optional(),
  qualifier: QualifierSchema.optional(),
  entities: z.array(Id).min(1, "must name at least one entity"),
  dimension: DimensionSchema,
});

export const QuotationSchema = z.strictObject({
  kind: z.literal("quotation"),
  ...Quoted,
  /** The words the essay puts in quotation marks, verbatim. */
  text: Passage,
  /** Who said or wrote it, where the essay says. */
  speaker: Id.optional(),
  source: Id.optional(),
  /** Where or how it was said, in the essay's words ("on live Chinese state television"). */
  context: Text.optional(),
  /** The number of the essay's footnote whose mark follows these words. */
  footnote: z.number().int().positive().optional(),
  dimension: DimensionSchema,
});

export const ClaimSchema = z.strictObject({
  kind: z.literal("claim"),
  ...Quoted,
  /** A short restatement of the argument that keeps its hedge; the essay's own words are in `quote`. */
  label: Text,
  /** How the essay holds the claim. */
  stance: StanceSchema,
  /** The essay's hedging words, verbatim from the quote; the label carries them too. */
  hedge: Hedge.optional(),
  /** The work the essay attributes the claim to, where it does. */
  source: Id.optional(),
  /** The date the claim is bounded by, where the essay gives one ("did not exist prior to 2012"). */
  when: WhenSchema.optional(),
  dimension: DimensionSchema,
  entities: z.array(Id),
});

export const ComparisonSchema = z.strictObject({
  kind: z.literal("comparison"),
  ...Quoted,
  /** The measure compared ("Population size"). */
  aspect: Text,
  /** A short restatement of what the essay says on this measure, hedge included ("superior in many areas"). */
  label: Text,
  /** The essay's qualifier on the comparison, verbatim from the quote; the label carries it too. */
  hedge: Hedge.optional(),
  /** Whether the essay states the advantage on this measure or only implies it. */
  basis: z.enum(comparisonBases),
  /** The two sides compared, in the essay's order. */
  between: z.tuple([Id, Id]),
  /** The side the essay says (or, with basis `implied`, implies) is ahead on this measure. */
  advantage: Id,
  /** Whether the essay calls this a traditional measure of power or one "often overlooked". */
  measure: z.enum(["traditional", "overlooked"]),
});

export const DatasetSchema = z.strictObject({
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  events: z.array(EventSchema),
  quotations: z.array(QuotationSchema),
  claims: z.array(ClaimSchema),
  comparisons: z.array(ComparisonSchema),
});

export type Meta = z.infer<typeof MetaSchema>;
export type When = z.infer<typeof WhenSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type QuotedFigure = z.infer<typeof QuotedFigureSchema>;
export type DerivedFigure = z.infer<typeof DerivedFigureSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Quotation = z.infer<typeof QuotationSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type DatasetShape = z.infer<typeof DatasetSchema>;
type Locator = z.infer<typeof LocatorSchema>;
export type AnyRecord = Section | Source | Entity | Figure | Event | Quotation | Claim | Comparison;

/** One problem found in a dataset: which record, which field, what is wrong. */
export interface DatasetProblem {
  /** The record's id, or `collection[index]` when the record has no readable id. */
  record: string;
  /** Dotted path of the field inside the record (`when.end`, `subjects.0`). */
  field: string;
  message: string;
}

export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(problems: readonly DatasetProblem[]) {
    const lines = problems.map((p) => `  - ${p.record} › ${p.field || "(record)"}: ${p.message}`);
    super(`Invalid dataset: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${lines.join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
  }
}

export interface ParseOptions {
  /**
   * The essay's text. When given, every `quote` must occur in it verbatim (after normalising whitespace, curly
   * quotes, and the essay's markdown links and `\$` escapes).
   */
  essay?: string;
}

function recordLabel(input: unknown, collection: string, index: number): string {
  const list = (input as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? list[index] : undefined;
  const id = (item as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id.length > 0 ? id : `${collection}[${index}]`;
}

/** The word of the essay each qualifier stands for, which the quote must hold. */
const QUALIFIER_WORDS: Record<z.infer<typeof QualifierSchema>, string> = {
  estimated: "estimated",
  about: "about",
  reportedly: "reportedly",
  "more than": "more than",
  "at least": "at least",
  only: "only",
};

/** Case and quote marks folded, for "does the label carry the hedge" (a label may start with "Arguably"). */
function fold(text: string): string {
  return normaliseForQuoteMatch(text).toLowerCase();
}

function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

function crossRecordProblems(data: DatasetShape, options: ParseOptions): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const kindOf = new Map<string, string>();
  const figureById = new Map(data.figures.map((f) => [f.id, f]));
  for (const collection of COLLECTIONS) {
    for (const record of data[collection]) {
      if (kindOf.has(record.id)) {
        problems.push({
          record: record.id,
          field: "id",
          message: `duplicate id (already used by ${withArticle(kindOf.get(record.id) ?? "record")})`,
        });
      } else {
        kindOf.set(record.id, record.kind);
      }
    }
  }
  const expect = (owner: string, field: string, ref: string | undefined, kind: string) => {
    if (ref === undefined) return;
    const actual = kindOf.get(ref);
    if (actual === undefined) problems.push({ record: owner, field, message: `refers to unknown ${kind} "${ref}"` });
    else if (actual !== kind)
      problems.push({
        record: owner,
        field,
        message: `refers to "${ref}", ${withArticle(actual)}, where ${withArticle(kind)} is expected`,
      });
  };

  const expectAll = (owner: string, field: string, refs: readonly string[], kind: string) => {
    for (const [i, ref] of refs.entries()) expect(owner, `${field}.${i}`, ref, kind);
  };

  const essay = options.essay === undefined ? undefined : normaliseForQuoteMatch(options.essay);
  const paragraphs = options.essay === undefined ? [] : paragraphsOf(options.essay);
  /** Whether the quote is the essay's (always, when no essay is given); a quote that is not is reported. */
  const checkQuote = (record: { id: string; quote: string; locator: Locator }): boolean => {
    if (essay === undefined || options.essay === undefined) return true;
    if (!essay.includes(normaliseForQuoteMatch(record.quote))) {
      problems.push({ record: record.id, field: "quote", message: "does not occur verbatim in the essay" });
      return false;
    }
    const wrong = locatorProblem(options.essay, record.quote, record.locator, paragraphs);
    if (wrong !== undefined) problems.push({ record: record.id, field: "locator", message: wrong });
    return true;
  };
  const quoteIsEssays = new Set<string>();
  /** Words a record shows must stand in its quote: `field` of the record holds them. */
  const withinQuote = (record: { id: string; quote: string }, field: string, words: string | undefined) => {
    if (words !== undefined && !normaliseForQuoteMatch(record.quote).includes(normaliseForQuoteMatch(words))) {
      problems.push({ record: record.id, field, message: `"${words}" does not stand in the record's quote` });
    }
  };
  /** A hedge must be shown wherever the record is: its label carries the essay's hedging words. */
  const hedgeShown = (record: { id: string; label: string }, field: string, hedge: string | undefined) => {
    if (hedge !== undefined && !fold(record.label).includes(fold(hedge))) {
      problems.push({
        record: record.id,
        field: "label",
        message: `must carry the essay's hedge "${hedge}" (from ${field}), so that no reader sees less hedging than the essay uses`,
      });
    }
  };

  for (const s of data.sections) {
    if (essay !== undefined && s.heading !== undefined && !essay.includes(normaliseForQuoteMatch(s.heading))) {
      problems.push({ record: s.id, field: "heading", message: "does not occur verbatim in the essay" });
    }
  }
  for (const collection of COLLECTIONS) {
    for (const record of data[collection]) {
      if (record.kind === "section") continue;
      expect(record.id, "section", record.section, "section");
      if ("quote" in record && record.quote !== undefined && checkQuote(record)) quoteIsEssays.add(record.id);
    }
  }
  for (const figure of data.figures) {
    expectAll(figure.id, "subjects", figure.subjects, "entity");
    expect(figure.id, "source", figure.source, "source");
    const problemsBefore = problems.length;
    if (figure.unit !== "percent" && figure.value < 0) {
      problems.push({
        record: figure.id,
        field: "value",
        message: `a quantity in ${figure.unit} cannot be negative (${figure.value})`,
      });
    }
    if ((figure.unit === "count" || figure.unit === "people") && !Number.isSafeInteger(figure.value)) {
      // Above 2^53 a number is no longer exact in JSON or JavaScript: 2^53 + 1 reads back as 2^53.
      problems.push({
        record: figure.id,
        field: "value",
        message: Number.isInteger(figure.value)
          ? `a number of ${figure.unit === "people" ? "people" : "things"} must be at most ${Number.MAX_SAFE_INTEGER}, the largest whole number held exactly (${figure.value})`
          : `a number of ${figure.unit === "people" ? "people" : "things"} must be whole (${figure.value})`,
      });
    }
    const valueSound = problems.length === problemsBefore;
    if (figure.when.end !== undefined && figure.aggregation === undefined) {
      problems.push({
        record: figure.id,
        field: "aggregation",
        message: `a figure over a period (${figure.when.start} to ${figure.when.end}) must say whether it is a total over it or a change between its ends`,
      });
    }
    if (figure.when.end === undefined && figure.aggregation !== undefined) {
      problems.push({ record: figure.id, field: "aggregation", message: "only a figure over a period has one" });
    }
    // The value must be the number its quote states; a quote that is not the essay's, or a value wrong in itself,
    // is the defect to report.
    if (
      figure.origin === "essay" &&
      valueSound &&
      quoteIsEssays.has(figure.id) &&
      numberAsWritten(figure.quote, figure.value, figure.unit) === undefined
    ) {
      problems.push({
        record: figure.id,
        field: "value",
        message: `the quote does not state ${figure.value} (written ${writtenForms(figure.value, figure.unit)
          .map((form) => `"${form}"`)
          .join(" or ")})`,
      });
    }
    if (figure.origin === "essay" && figure.qualifier !== undefined) {
      withinQuote(figure, "qualifier", QUALIFIER_WORDS[figure.qualifier]);
    }
    if (figure.unit === "count" && figure.counts === undefined) {
      problems.push({
        record: figure.id,
        field: "counts",
        message: 'a figure in unit "count" must say what it counts',
      });
    }
    if (figure.origin === "derived") {
      figure.derivedFrom.forEach((input, i) => {
        expect(figure.id, `derivedFrom.${i}`, input, "figure");
        if (input === figure.id)
          problems.push({
            record: figure.id,
            field: `derivedFrom.${i}`,
            message: "a figure cannot derive from itself",
          });
      });
      if (figure.derivedFrom[0] === figure.derivedFrom[1]) {
        problems.push({ record: figure.id, field: "derivedFrom.1", message: "a formula's two inputs must differ" });
      }
      const [a, b] = figure.derivedFrom.map((id) => figureById.get(id));
      if (a !== undefined && b !== undefined) problems.push(...derivedProblems(figure, a, b));
    }
  }
  for (const event of data.events) {
    expectAll(event.id, "entities", event.entities, "entity");
    if (event.qualifier !== undefined) {
      const word = QUALIFIER_WORDS[event.qualifier];
      withinQuote(event, "qualifier", word);
      hedgeShown(event, "qualifier", word);
    }
  }
  // The essay cannot report what came after it. Dates compare as text: "2026" and "2026-03-15" both fall within
  // a publication month of "2026-03", "2026-04" and "2027" do not.
  const written = data.meta.published.end ?? data.meta.published.start;
  const later = (date: string | undefined) => date !== undefined && date > written && !date.startsWith(written);
  const dated = [
    ...data.figures.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.events.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.claims.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.sources.map((r) => ({ id: r.id, field: "published", when: r.published })),
  ];
  for (const { id, field, when } of dated) {
    for (const key of ["start", "end"] as const) {
      const date = when?.[key];
      if (later(date)) {
        problems.push({ record: id, field: `${field}.${key}`, message: `${date} is after the essay (${written})` });
      }
    }
  }
  for (const claim of data.claims) {
    expectAll(claim.id, "entities", claim.entities, "entity");
    expect(claim.id, "source", claim.source, "source");
    withinQuote(claim, "hedge", claim.hedge);
    hedgeShown(claim, "hedge", claim.hedge);
    if ((claim.stance === "reports" || claim.stance === "entertains") && claim.hedge === undefined) {
      problems.push({
        record: claim.id,
        field: "hedge",
        message: `a claim the essay ${claim.stance === "reports" ? "reports" : "only entertains"} must carry the essay's words that say so`,
      });
    }
  }
  for (const entity of data.entities) withinQuote(entity, "description", entity.description);
  const footnotesCited = new Set(data.sources.flatMap((s) => (s.footnote === undefined ? [] : [s.footnote])));
  for (const q of data.quotations) {
    expect(q.id, "speaker", q.speaker, "entity");
    expect(q.id, "source", q.source, "source");
    if (!normaliseForQuoteMatch(q.quote).includes(normaliseForQuoteMatch(q.text))) {
      problems.push({ record: q.id, field: "text", message: "the quoted words must stand inside the record's quote" });
    }
    withinQuote(q, "context", q.context);
    if (q.footnote !== undefined && !footnotesCited.has(q.footnote)) {
      problems.push({ record: q.id, field: "footnote", message: `no source is cited by footnote ${q.footnote}` });
    }
  }
  for (const c of data.comparisons) {
    expectAll(c.id, "between", c.between, "entity");
    if (c.between[0] === c.between[1]) {
      problems.push({ record: c.id, field: "between.1", message: "a comparison needs two different sides" });
    }
    withinQuote(c, "hedge", c.hedge);
    hedgeShown(c, "hedge", c.hedge);
    if (!c.between.includes(c.advantage)) {
      problems.push({ record: c.id, field: "advantage", message: `"${c.advantage}" is not one of the sides compared` });
    }
  }
  const orders = new Set<number>();
  for (const s of data.sections) {
    if (orders.has(s.order)) problems.push({ record: s.id, field: "order", message: `order ${s.order} is used twice` });
    orders.add(s.order);
  }
  return problems;
}

/** A derived figure must hold what its formula gives over its inputs, in the unit the formula yields. */
function derivedProblems(figure: DerivedFigure, a: Figure, b: Figure): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [i, input] of [a, b].entries()) {
    if (input.origin === "derived") {
      problems.push({
        record: figure.id,
        field: `derivedFrom.${i}`,
        message: `derives from ${input.id}, itself derived: compute from the figures the essay states`,
      });
    }
  }
  // A formula over a computed figure is not checked further: the input itself is the defect.
  if (problems.length > 0) return problems;
  if (a.counts !== b.counts && figure.caveat === undefined) {
    problems.push({
      record: figure.id,
      field: "caveat",
      message: `its inputs count different things (${a.counts ?? a.unit}, ${b.counts ?? b.unit}): say so in a caveat`,
    });
  }
  if (isRounded(figure.formula, a.value, b.value) && figure.qualifier !== "about") {
    problems.push({
      record: figure.id,
      field: "qualifier",
      message: `${figure.formula} of ${a.id} and ${b.id} is rounded to its inputs' precision: it must be qualified "about"`,
    });
  }
  const expected = applyFormula(figure.formula, a.value, b.value);
  // Both sides are rounded to the inputs' significant digits; allow for binary floating point only.
  if (!(Math.abs(figure.value - expected) < 1e-9)) {
    problems.push({
      record: figure.id,
      field: "value",
      message: `${figure.formula} of ${a.id} and ${b.id} is ${expected}, not ${figure.value}`,
    });
  }
  if (figure.unit !== "percent") {
    problems.push({
      record: figure.id,
      field: "unit",
      message: `${figure.formula} yields a percent, not ${figure.unit}`,
    });
  }
  if (a.unit !== b.unit) {
    problems.push({
      record: figure.id,
      field: "derivedFrom",
      message: `inputs are in different units (${a.unit}, ${b.unit})`,
    });
  }
  return problems;
}

/**
 * Validates unknown input as a dataset: every field of every record, then the rules that span records (unique
 * ids, references that resolve, derived inputs that exist, valid dates, periods in order, and, given the essay,
 * quotes that occur in it). Returns the typed dataset, or throws one DatasetError listing every problem.
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): DatasetShape {
  const result = DatasetSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): DatasetProblem[] => {
      // An unknown field is reported once per key, as a field of its own: a typo'd `qualifer` must read as such.
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      return keys.map((key) =>
        problemAt(
          key === undefined ? issue.path : [...issue.path, key],
          key === undefined ? issue.message : `unknown field "${key}"`,
        ),
      );
    });
    throw new DatasetError(problems);
  }
  const problems = crossRecordProblems(result.data, options);
  if (problems.length > 0) throw new DatasetError(problems);
  return result.data;

  function problemAt(path: readonly PropertyKey[], message: string): DatasetProblem {
    const [collection, index, ...field] = path;
    if (typeof collection === "string" && typeof index === "number") {
      return { record: recordLabel(input, collection, index), field: field.map(String).join("."), message };
    }
    return {
      record: typeof collection === "string" ? collection : "dataset",
      field: path.slice(1).map(String).join("."),
      message,
    };
  }
}

/** JSON Schema (draft 2020-12) of the dataset, for consumers outside TypeScript. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
