// The Frictionless Data Package (v2) descriptor of what the package ships for readers outside JavaScript: the records
// as CSV with their Table Schema, and dataset.json with its JSON Schema, each with its licence, its source (the
// essay) and the data version. The build writes it as dist/datapackage.json beside the files it describes; its Table
// Schema is made from the CSV's own column definitions, so the two cannot disagree.
import type { CsvColumn } from "./csv.ts";
import type { Dataset } from "./dataset.ts";
import { formatWhen } from "./format.ts";

/** The files the descriptor describes, as the build names them beside it in dist/. */
export const DATA_FILES = {
  csv: "records.csv",
  json: "dataset.json",
  jsonSchema: "dataset.schema.json",
} as const;

const PROFILES = "https://datapackage.org/profiles/2.0";

/** What the descriptor takes from package.json. */
interface PackageFacts {
  readonly version: string;
  readonly homepage: string;
  readonly repository: string;
  readonly keywords: readonly string[];
}

const LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 International",
} as const;

/**
 * The essay's words in `quote` (and in quotations' text, sections' headings, the title) are not ours to license:
 * every description that could be read alone says so.
 */
const QUOTES_NOTE =
  "The essay's words (quote, and the title of quotations and sections) are short quoted excerpts of Kathryn Stoner's work, reproduced for citation and verification: they are not licensed under CC BY 4.0, and their rights remain with their author (see DATA-LICENSE.md).";

/**
 * A Table Schema field for one CSV column: its type, description and vocabulary; `id` and `kind` are required (`id`
 * is the primary key, which makes it unique).
 */
function fieldOf(column: CsvColumn) {
  const constraints = {
    ...(column.name === "id" || column.name === "kind" ? { required: true } : {}),
    ...(column.enum ? { enum: [...column.enum] } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The descriptor, for the dataset's `meta`, the CSV's columns and the package's own facts. */
export function dataPackage(meta: Dataset["meta"], columns: readonly CsvColumn[], facts: PackageFacts) {
  const essay = `${meta.author}, \u201c${meta.title}: ${meta.subtitle}\u201d, ${meta.affiliation}, ${formatWhen(meta.published)}`;
  const sources = [{ title: essay }];
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: "alignment-data",
    title: `Facts and figures of ${meta.author}'s essay \u201c${meta.title}\u201d`,
    description: `The facts and figures of ${essay}, as typed records, each that the essay states carrying its exact words. ${QUOTES_NOTE}`,
    version: facts.version,
    homepage: facts.homepage,
    keywords: [...facts.keywords],
    licenses: [LICENSE],
    sources,
    contributors: [
      { title: "the Alignment developers", path: facts.repository, roles: ["creator"] },
      { title: meta.author, organization: meta.affiliation, roles: ["author of the essay quoted"] },
    ],
    resources: [
      {
        $schema: `${PROFILES}/dataresource.json`,
        name: "records",
        type: "table",
        title: "Every record, one row each",
        description: `Every record of the dataset in one table; a column that does not apply to a record's kind is empty. Lists of ids are separated by semicolons. A text cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return, other than a plain number) is written behind a single quote, as OWASP recommends against CSV injection: drop that first character to get the text back. ${QUOTES_NOTE}`,
        path: DATA_FILES.csv,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        licenses: [LICENSE],
        sources,
        dialect: {
          $schema: `${PROFILES}/tabledialect.json`,
          header: true,
          delimiter: ",",
          lineTerminator: "\r\n",
          quoteChar: '"',
          doubleQuote: true,
        },
        schema: {
          $schema: `${PROFILES}/tableschema.json`,
          fields: columns.map(fieldOf),
          missingValues: [""],
          primaryKey: ["id"],
        },
      },
      {
        $schema: `${PROFILES}/dataresource.json`,
        name: "dataset",
        title: "The whole dataset, as the package holds it",
        description: `The dataset as JSON ({ meta, sections, sources, entities, figures, events, quotations, claims, comparisons }), every field of every record, described by its JSON Schema (draft 2020-12). ${QUOTES_NOTE}`,
        path: DATA_FILES.json,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        licenses: [LICENSE],
        sources,
        schema: DATA_FILES.jsonSchema,
      },
    ],
  };
}
