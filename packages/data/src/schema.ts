// @alignment/data/schema: the zod schemas of the dataset, parseDataset, and the JSON Schema, for applications that
// validate a dataset of their own. The shapes, the problems, the cross-record checks and the JSON Schema export each
// live in schema/; this entry is the validation they make together.

import type { ParseOptions } from "./schema/checks/context.ts";
import { crossRecordProblems } from "./schema/cross-record.ts";
import { DatasetSchema, type DatasetShape } from "./schema/dataset.ts";
import { DatasetError, issueProblems } from "./schema/problems.ts";

export { locateQuote, normaliseForQuoteMatch } from "./locate.ts";
export type { ParseOptions } from "./schema/checks/context.ts";
export type { AnyRecord, DatasetShape } from "./schema/dataset.ts";
export { DatasetSchema } from "./schema/dataset.ts";
export type { Entity } from "./schema/entity.ts";
export { EntitySchema } from "./schema/entity.ts";
export {
  DateRelationSchema,
  DimensionSchema,
  EntityTypeSchema,
  PrecisionSchema,
  QualifierSchema,
  StanceSchema,
  UnitSchema,
} from "./schema/enums.ts";
export type { Meta, Section, Source } from "./schema/essay.ts";
export { MetaSchema, SectionSchema, SourceSchema } from "./schema/essay.ts";
export type { DerivedFigure, Figure, QuotedFigure } from "./schema/figure.ts";
export { DerivedFigureSchema, FigureSchema, QuotedFigureSchema } from "./schema/figure.ts";
export { datasetJsonSchema } from "./schema/json-schema.ts";
export type { DatasetProblem } from "./schema/problems.ts";
export { DatasetError } from "./schema/problems.ts";
export { LocatorSchema } from "./schema/quoted.ts";
export type { Claim, Comparison, Event, Quotation } from "./schema/statements.ts";
export { ClaimSchema, ComparisonSchema, EventSchema, QuotationSchema } from "./schema/statements.ts";
export type { When } from "./schema/when.ts";
export { WhenSchema } from "./schema/when.ts";

/**
 * Validates unknown input as a dataset: every field of every record, then the rules that span records (unique
 * ids, references that resolve, derived inputs that exist, valid dates, periods in order, and, given the essay,
 * quotes that occur in it). Returns the typed dataset, or throws one DatasetError listing every problem.
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): DatasetShape {
  const result = DatasetSchema.safeParse(input);
  if (!result.success) throw new DatasetError(issueProblems(input, result.error.issues));
  const problems = crossRecordProblems(result.data, options);
  if (problems.length > 0) throw new DatasetError(problems);
  return result.data;
}
