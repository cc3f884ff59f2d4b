// The records as one CSV table (RFC 4180), for spreadsheets and for languages that read tables: the file the build
// ships as dist/records.csv and the explorer's download, written by the same code. Each column says what it holds and
// its type, so that the Table Schema of datapackage.json is made from these same definitions and cannot drift.
import { formatValue, formatWhen } from "./format.ts";
import { type DataRecord, dimensionOf, entitiesOf, quoteOf, sourceOf, titleOf, whenOf } from "./query.ts";
import {
  aggregations,
  comparisonBases,
  dateParts,
  dateRelations,
  dimensions,
  entityTypes,
  formulas,
  precisions,
  qualifiers,
  recordKinds,
  stances,
  units,
} from "./vocabulary.ts";

/** A column of the table: its name, its Table Schema type, what it holds, and the cell of a record (empty if none). */
export interface CsvColumn {
  readonly name: string;
  readonly type: "string" | "number" | "integer";
  readonly description: string;
  /** The values the column may hold, where it is a closed vocabulary. */
  readonly enum?: readonly string[];
  readonly cell: (r: DataRecord) => string | number | undefined;
}

const figureOf = (r: DataRecord) => (r.kind === "figure" ? r : undefined);
const derivedOf = (r: DataRecord) => (r.kind === "figure" && r.origin === "derived" ? r : undefined);
const locatorOf = (r: DataRecord) => ("locator" in r ? r.locator : undefined);

/**
 * One row per record, every kind in one table: kind-specific columns stay empty for the kinds they do not apply to,
 * as in a spreadsheet of mixed records.
 */
export const csvColumns: readonly CsvColumn[] = [
  { name: "id", type: "string", description: "The record's stable id.", cell: (r) => r.id },
  { name: "kind", type: "string", description: "The kind of record.", enum: recordKinds, cell: (r) => r.kind },
  {
    name: "title",
    type: "string",
    description: "The line the record is known by: a label, a name, a heading or the words quoted.",
    cell: titleOf,
  },
  {
    name: "value",
    type: "number",
    description: "A figure's value in base units (107.1 billion dollars is 107100000000).",
    cell: (r) => figureOf(r)?.value,
  },
  {
    name: "unit",
    type: "string",
    description: "A figure's unit.",
    enum: Object.values(units).map((u) => u.label),
    cell: (r) => {
      const f = figureOf(r);
      return f && units[f.unit].label;
    },
  },
  {
    name: "counts",
    type: "string",
    description: "What a figure counts, in the essay's word.",
    cell: (r) => figureOf(r)?.counts,
  },
  {
    name: "formatted_value",
    type: "string",
    description: "A figure's value as the deck shows it.",
    cell: (r) => {
      const f = figureOf(r);
      return f && formatValue(f);
    },
  },
  {
    name: "when_start",
    type: "string",
    description: "The date, or the start of the period, written to its precision (YYYY, YYYY-MM or YYYY-MM-DD).",
    cell: (r) => whenOf(r)?.start,
  },
  { name: "when_end", type: "string", description: "The end of a period.", cell: (r) => whenOf(r)?.end },
  {
    name: "precision",
    type: "string",
    description: "How precisely the date is known.",
    enum: precisions,
    cell: (r) => whenOf(r)?.precision,
  },
  {
    name: "when_relation",
    type: "string",
    description: "How the date bounds what it dates (by, since, as-of, ...); empty: it happened or held then.",
    enum: dateRelations,
    cell: (r) => whenOf(r)?.relation,
  },
  {
    name: "when_part",
    type: "string",
    description: "The rough part of the date the essay names (the mid-2000s).",
    enum: dateParts,
    cell: (r) => whenOf(r)?.part,
  },
  {
    name: "formatted_when",
    type: "string",
    description: "The date as a reader is shown it, bound and rough part included.",
    cell: (r) => {
      const when = whenOf(r);
      return when && formatWhen(when, { aggregation: figureOf(r)?.aggregation });
    },
  },
  {
    name: "aggregation",
    type: "string",
    description: "Whether a figure over a period is a total over it or the change between its ends.",
    enum: aggregations,
    cell: (r) => figureOf(r)?.aggregation,
  },
  {
    name: "qualifier",
    type: "string",
    description: "The essay's hedge on a value or a happening.",
    enum: qualifiers,
    cell: (r) => (r.kind === "figure" || r.kind === "event" ? r.qualifier : undefined),
  },
  {
    name: "stance",
    type: "string",
    description: "How the essay holds a claim.",
    enum: stances,
    cell: (r) => (r.kind === "claim" ? r.stance : undefined),
  },
  {
    name: "hedge",
    type: "string",
    description: "The essay's hedging words on a claim or a comparison.",
    cell: (r) => (r.kind === "claim" || r.kind === "comparison" ? r.hedge : undefined),
  },
  {
    name: "dimension",
    type: "string",
    description: "The dimension of the essay the record belongs to.",
    enum: dimensions,
    cell: dimensionOf,
  },
  {
    name: "section",
    type: "string",
    description: "The id of the essay section the record's words stand in.",
    cell: (r) => (r.kind === "section" ? undefined : r.section),
  },
  {
    name: "entities",
    type: "string",
    description: "The ids of the entities the record refers to, separated by semicolons.",
    cell: (r) => entitiesOf(r).join(";"),
  },
  { name: "source", type: "string", description: "The id of the source the record cites.", cell: sourceOf },
  {
    name: "origin",
    type: "string",
    description: "Whether a figure is stated in the essay or derived from figures that are.",
    enum: ["essay", "derived"],
    cell: (r) => figureOf(r)?.origin,
  },
  {
    name: "derived_from",
    type: "string",
    description: "The ids of a derived figure's inputs, in formula order, separated by semicolons.",
    cell: (r) => derivedOf(r)?.derivedFrom.join(";"),
  },
  {
    name: "formula",
    type: "string",
    description: "How a derived figure is computed from its inputs a, b.",
    enum: Object.values(formulas),
    cell: (r) => {
      const f = derivedOf(r);
      return f && formulas[f.formula];
    },
  },
  {
    name: "entity_type",
    type: "string",
    description: "What an entity is.",
    enum: entityTypes,
    cell: (r) => (r.kind === "entity" ? r.type : undefined),
  },
  {
    name: "advantage",
    type: "string",
    description: "The id of the side a comparison says is ahead.",
    cell: (r) => (r.kind === "comparison" ? r.advantage : undefined),
  },
  {
    name: "measure",
    type: "string",
    description: "Whether a comparison's measure is a traditional one or one often overlooked.",
    enum: ["traditional", "overlooked"],
    cell: (r) => (r.kind === "comparison" ? r.measure : undefined),
  },
  {
    name: "basis",
    type: "string",
    description: "Whether the essay states the advantage of a comparison or only implies it.",
    enum: comparisonBases,
    cell: (r) => (r.kind === "comparison" ? r.basis : undefined),
  },
  {
    name: "quote",
    type: "string",
    description:
      "The essay's exact words for the record: a quoted excerpt of Kathryn Stoner's work, not licensed by this package.",
    cell: quoteOf,
  },
  {
    name: "locator_paragraph",
    type: "integer",
    description: "The paragraph of the essay the quote stands in (1-based).",
    cell: (r) => locatorOf(r)?.paragraph,
  },
  {
    name: "locator_start",
    type: "integer",
    description: "Where the quote starts in the essay's text (a character offset).",
    cell: (r) => locatorOf(r)?.start,
  },
  {
    name: "locator_end",
    type: "integer",
    description: "Where the quote ends in the essay's text (a character offset, exclusive).",
    cell: (r) => locatorOf(r)?.end,
  },
];

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that begins with one of these as a formula, so a
 * label like `=HYPERLINK(...)` would become a live link or a command (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number: `-0.5` begins with a minus sign, but a spreadsheet reads it as the number it is. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. A text that a
 * spreadsheet would run as a formula is neutralised as OWASP recommends: prefixed with a single quote, which
 * spreadsheets show as text, and quoted. A plain number (negative ones too) stays a number.
 */
export function csvField(text: string): string {
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV: a header row, then one row each, every line ended by CRLF. */
export function toCsv(records: readonly DataRecord[]): string {
  const lines = [csvColumns.map((c) => c.name).join(",")];
  for (const r of records) lines.push(csvColumns.map((c) => csvField(String(c.cell(r) ?? ""))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
