// The filtered records as files: a CSV table (RFC 4180) for spreadsheets, with text that a spreadsheet would run
// as a formula neutralised, and JSON with the records exactly as the package holds them. Both name the data
// version, so a downloaded file says which release it came from. Pure functions: no DOM here.
import { type DataRecord, dataset, entitiesOf, formatValue, formatWhen, formulas, units } from "@alignment/data";
import { dimensionOf, type Filters, isFiltered, quoteOf, sourceOf, titleOf, whenOf } from "./records.ts";

/** One row per record; kind-specific columns stay empty for the kinds they do not apply to. */
const COLUMNS = [
  "id",
  "kind",
  "title",
  "value",
  "unit",
  "counts",
  "formatted_value",
  "when_start",
  "when_end",
  "precision",
  "formatted_when",
  "qualifier",
  "dimension",
  "section",
  "entities",
  "source",
  "origin",
  "derived_from",
  "formula",
  "entity_type",
  "advantage",
  "measure",
  "quote",
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

function rowOf(r: DataRecord): Row {
  const when = whenOf(r);
  const qualifier = r.kind === "figure" || r.kind === "event" ? r.qualifier : undefined;
  const figure = r.kind === "figure" ? r : undefined;
  return {
    id: r.id,
    kind: r.kind,
    title: titleOf(r),
    value: figure ? String(figure.value) : "",
    unit: figure ? units[figure.unit].label : "",
    counts: figure?.counts ?? "",
    formatted_value: figure ? formatValue(figure) : "",
    when_start: when?.start ?? "",
    when_end: when?.end ?? "",
    precision: when?.precision ?? "",
    formatted_when: when ? formatWhen(when, { aggregation: figure?.aggregation }) : "",
    qualifier: qualifier ?? "",
    dimension: dimensionOf(r) ?? "",
    section: r.kind === "section" ? "" : r.section,
    entities: entitiesOf(r).join(";"),
    source: sourceOf(r) ?? "",
    origin: figure?.origin ?? "",
    derived_from: figure?.origin === "derived" ? figure.derivedFrom.join(";") : "",
    formula: figure?.origin === "derived" ? formulas[figure.formula] : "",
    entity_type: r.kind === "entity" ? r.type : "",
    advantage: r.kind === "comparison" ? r.advantage : "",
    measure: r.kind === "comparison" ? r.measure : "",
    quote: quoteOf(r) ?? "",
  };
}

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
 * spreadsheets show as text, and quoted. A plain number (negative ones too) stays a number. The JSON download is
 * left exact: it is read by programs, not spreadsheets.
 */
export function csvField(text: string): string {
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV: a header row, then one row each, every line ended by CRLF. */
export function toCsv(records: readonly DataRecord[]): string {
  const lines = [COLUMNS.join(",")];
  for (const r of records) {
    const row = rowOf(r);
    lines.push(COLUMNS.map((c) => csvField(row[c])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** The records as JSON, with the data version, the essay they come from and the filters that chose them. */
export function toJson(records: readonly DataRecord[], filters: Filters, version: string): string {
  const active = Object.fromEntries(
    Object.entries({ ...filters, query: filters.query.trim() }).filter(([, v]) => v !== "" && v !== undefined),
  ) as Partial<Filters>;
  const { title, subtitle, author, affiliation, published } = dataset.meta;
  const document = {
    package: "@alignment/data",
    version,
    essay: { title, subtitle, author, affiliation, published: formatWhen(published) },
    filters: active,
    count: records.length,
    records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "alignment-data-0.1.0.csv" for every record, "alignment-data-0.1.0-filtered.csv" for a selection. */
export function fileName(version: string, filters: Filters, extension: "csv" | "json"): string {
  return `alignment-data-${version}${isFiltered(filters) ? "-filtered" : ""}.${extension}`;
}
