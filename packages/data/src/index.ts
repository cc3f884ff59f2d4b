// @alignment/data: the facts and figures of Kathryn Stoner's essay, typed and sourced. This entry loads no
// validator; the zod schemas and parseDataset live at "@alignment/data/schema".

export type { CsvColumn } from "./csv.ts";
export { csvColumns, csvField, toCsv } from "./csv.ts";
export type {
  ClaimId,
  ComparisonId,
  Dataset,
  EntityId,
  EventId,
  FigureId,
  QuotationId,
  RecordId,
  SectionId,
  SourceId,
} from "./dataset.ts";
export { dataset } from "./dataset.ts";
export { formatQualifiedValue, formatStance, formatStatement, formatValue, formatWhen } from "./format.ts";
export type { Collection } from "./kinds.ts";
export { collections } from "./kinds.ts";
export type {
  Claim,
  Comparison,
  DataRecord,
  DatedEvent,
  Entity,
  Event,
  Figure,
  Query,
  QueryableDataset,
  Quotation,
  RecordIn,
  RecordOfKind,
  RecordOfKindIn,
  Section,
  Source,
} from "./query.ts";
export {
  allRecords,
  byDimension,
  byEntity,
  bySection,
  claim,
  comparison,
  createQuery,
  dateSortKey,
  dimensionOf,
  entitiesOf,
  entity,
  event,
  figure,
  inputsOf,
  quotation,
  quoteOf,
  record,
  recordsOfKind,
  section,
  source,
  sourceOf,
  timeline,
  titleOf,
  whenOf,
} from "./query.ts";
export type {
  Aggregation,
  ComparisonBasis,
  DatePart,
  DateRelation,
  Dimension,
  EntityType,
  Formula,
  Precision,
  Qualifier,
  RecordKind,
  Stance,
  Unit,
} from "./vocabulary.ts";
export {
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
