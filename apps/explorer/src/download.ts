// The filtered records as files: JSON with the records exactly as the package holds them, and the name of either
// download (the CSV table is the package's own `toCsv`, the same that writes its records.csv). Both name the data
// version, so a downloaded file says which release it came from. Pure functions: no DOM here.
import { type DataRecord, dataset, formatWhen } from "@alignment/data";
import { type Filters, isFiltered } from "./records.ts";

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
