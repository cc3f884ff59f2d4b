import { z } from "zod";
import { applyFormula, dimensions, entityTypes, formulaIds, precisions, qualifiers, unitIds } from "./vocabulary.ts";

// Every text field refuses markup: the dataset is rendered into slides and pages, and a stray tag must be a
// validation error here rather than an injection there.
const MARKUP = /<\s*\/?\s*[a-z!]/i;

const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !MARKUP.test(s), "must not contain HTML or script markup");

/** Readable, stable ids: lowercase words joined by dots or hyphens (`trade.bilateral.2018`). */
const Id = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "must be a lowercase dotted id like trade.bilateral.2018");

export const DimensionSchema = z.enum(dimensions);
export const PrecisionSchema = z.enum(precisions);
export const QualifierSchema = z.enum(qualifiers);
export const UnitSchema = z.enum(unitIds);
export const EntityTypeSchema = z.enum(entityTypes);

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
 * precision (year `2018`, month `2026-03`, day `2026-03-01`, decade `1970` for "the 1970s").
 */
export const WhenSchema = z
  .object({
    start: DateText,
    end: DateText.optional(),
    precision: PrecisionSchema,
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
    if (when.end !== undefined && when.end < when.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `period ends (${when.end}) before it starts (${when.start})`,
      });
    }
  });

/** Fields every essay-backed record shares: where it stands in the essay and the essay's exact words. */
const Quoted = {
  id: Id,
  section: Id,
  /** The exact words of the essay that state this record. */
  quote: Text,
};

export const MetaSchema = z.object({
  title: Text,
  subtitle: Text,
  author: Text,
  affiliation: Text,
  /** Publication date of the essay, at month precision. */
  published: WhenSchema,
  /** What the data deliberately does not hold, and why. */
  scopeNotes: z.array(Text),
});

export const SectionSchema = z.object({
  kind: z.literal("section"),
  id: Id,
  order: z.number().int().nonnegative(),
  /** The essay's own heading, verbatim; the opening section has none. */
  heading: Text.optional(),
  /** A short name for navigation (the heading, or "Opening"). */
  label: Text,
});

export const SourceSchema = z.object({
  kind: z.literal("source"),
  ...Quoted,
  /** How the essay names the work or body it cites. */
  label: Text,
  title: Text.optional(),
  authors: z.array(Text).optional(),
  publisher: Text.optional(),
  published: WhenSchema.optional(),
  /** True where the essay points to a source only through a link whose target it does not name. */
  unnamed: z.boolean().optional(),
});

export const EntitySchema = z.object({
  kind: z.literal("entity"),
  ...Quoted,
  type: EntityTypeSchema,
  name: Text,
  /** Shorter form for tight spaces (chart labels): "ESPO", "SCO". */
  shortName: Text.optional(),
});

const FigureFields = {
  kind: z.literal("figure"),
  id: Id,
  section: Id,
  label: Text,
  value: z.number(),
  unit: UnitSchema,
  /** For unit `count`: what is counted ("meetings", "permanent seats"). */
  counts: Text.optional(),
  when: WhenSchema,
  qualifier: QualifierSchema.optional(),
  subjects: z.array(Id).min(1, "must name at least one subject entity"),
  dimension: DimensionSchema,
  source: Id.optional(),
};

export const QuotedFigureSchema = z.object({
  ...FigureFields,
  origin: z.literal("essay"),
  quote: Text,
});

export const DerivedFigureSchema = z.object({
  ...FigureFields,
  origin: z.literal("derived"),
  derivedFrom: z.array(Id).length(2, "a formula takes exactly two input figures"),
  formula: z.enum(formulaIds),
  /** Present only to be refused: a derived figure is computed, so no words of the essay state it. */
  quote: z.never({ error: "a derived figure carries no quote: the essay does not state it" }).optional(),
});

export const FigureSchema = z.discriminatedUnion("origin", [QuotedFigureSchema, DerivedFigureSchema]);

export const EventSchema = z.object({
  kind: z.literal("event"),
  ...Quoted,
  label: Text,
  when: WhenSchema,
  qualifier: QualifierSchema.optional(),
  entities: z.array(Id).min(1, "must name at least one entity"),
  dimension: DimensionSchema,
});

export const QuotationSchema = z.object({
  kind: z.literal("quotation"),
  ...Quoted,
  /** The words the essay puts in quotation marks, verbatim. */
  text: Text,
  /** Who said or wrote it, where the essay says. */
  speaker: Id.optional(),
  source: Id.optional(),
  dimension: DimensionSchema,
});

export const ClaimSchema = z.object({
  kind: z.literal("claim"),
  ...Quoted,
  /** Our one-line summary of the argument; the essay's own words are in `quote`. */
  label: Text,
  dimension: DimensionSchema,
  entities: z.array(Id),
});

export const ComparisonSchema = z.object({
  kind: z.literal("comparison"),
  ...Quoted,
  /** The measure compared ("Population size"). */
  aspect: Text,
  /** The two sides compared, in the essay's order. */
  between: z.tuple([Id, Id]),
  /** The side the essay says is ahead on this measure. */
  advantage: Id,
  /** Whether the essay calls this a traditional measure of power or one "often overlooked". */
  measure: z.enum(["traditional", "overlooked"]),
});

export const DatasetSchema = z.object({
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
export type AnyRecord = Section | Source | Entity | Figure | Event | Quotation | Claim | Comparison;

const COLLECTIONS = [
  "sections",
  "sources",
  "entities",
  "figures",
  "events",
  "quotations",
  "claims",
  "comparisons",
] as const satisfies readonly (keyof DatasetShape)[];

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

/** Normalises text the way quotes are matched against the essay: whitespace, quote marks, markdown links, escapes. */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\\$/g, "$")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

function recordLabel(input: unknown, collection: string, index: number): string {
  const list = (input as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? list[index] : undefined;
  const id = (item as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id.length > 0 ? id : `${collection}[${index}]`;
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
  const checkQuote = (record: { id: string; quote: string }) => {
    if (essay !== undefined && !essay.includes(normaliseForQuoteMatch(record.quote))) {
      problems.push({ record: record.id, field: "quote", message: "does not occur verbatim in the essay" });
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
      if ("quote" in record && record.quote !== undefined) checkQuote({ id: record.id, quote: record.quote });
    }
  }
  for (const figure of data.figures) {
    expectAll(figure.id, "subjects", figure.subjects, "entity");
    expect(figure.id, "source", figure.source, "source");
    if (figure.unit !== "percent" && figure.value < 0) {
      problems.push({
        record: figure.id,
        field: "value",
        message: `a quantity in ${figure.unit} cannot be negative (${figure.value})`,
      });
    }
    if ((figure.unit === "count" || figure.unit === "people") && !Number.isInteger(figure.value)) {
      problems.push({
        record: figure.id,
        field: "value",
        message: `a number of ${figure.unit === "people" ? "people" : "things"} must be whole (${figure.value})`,
      });
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
      const [a, b] = figure.derivedFrom.map((id) => figureById.get(id));
      if (a !== undefined && b !== undefined) problems.push(...derivedProblems(figure, a, b));
    }
  }
  for (const event of data.events) expectAll(event.id, "entities", event.entities, "entity");
  // The essay cannot report what came after it. Dates compare as text: "2026" and "2026-03-15" both fall within
  // a publication month of "2026-03", "2026-04" and "2027" do not.
  const written = data.meta.published.end ?? data.meta.published.start;
  const later = (date: string | undefined) => date !== undefined && date > written && !date.startsWith(written);
  const dated = [
    ...data.figures.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.events.map((r) => ({ id: r.id, field: "when", when: r.when })),
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
  for (const claim of data.claims) expectAll(claim.id, "entities", claim.entities, "entity");
  for (const q of data.quotations) {
    expect(q.id, "speaker", q.speaker, "entity");
    expect(q.id, "source", q.source, "source");
    if (!normaliseForQuoteMatch(q.quote).includes(normaliseForQuoteMatch(q.text))) {
      problems.push({ record: q.id, field: "text", message: "the quoted words must stand inside the record's quote" });
    }
  }
  for (const c of data.comparisons) {
    expectAll(c.id, "between", c.between, "entity");
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
  const expected = applyFormula(figure.formula, a.value, b.value);
  // Both sides are rounded to two decimals; allow for binary floating point only.
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
    const problems = result.error.issues.map((issue): DatasetProblem => {
      const [collection, index, ...field] = issue.path;
      if (typeof collection === "string" && typeof index === "number") {
        return { record: recordLabel(input, collection, index), field: field.join("."), message: issue.message };
      }
      return {
        record: typeof collection === "string" ? collection : "dataset",
        field: issue.path.slice(1).join("."),
        message: issue.message,
      };
    });
    throw new DatasetError(problems);
  }
  const problems = crossRecordProblems(result.data, options);
  if (problems.length > 0) throw new DatasetError(problems);
  return result.data;
}

/** JSON Schema (draft 2020-12) of the dataset, for consumers outside TypeScript. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
