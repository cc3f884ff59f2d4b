// @alignment/data: the facts and figures of Kathryn Stoner's essay, typed and sourced. This entry loads no
// validator; the zod schemas and parseDataset live at "@alignment/data/schema".
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
export { formatQualifiedValue, formatValue, formatWhen } from "./format.ts";
export type {
  Claim,
  Comparison,
  DataRecord,
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
  entitiesOf,
  entity,
  event,
  figure,
  inputsOf,
  quotation,
  record,
  recordsOfKind,
  section,
  source,
  timeline,
} from "./query.ts";
export type { Dimension, EntityType, Formula, Precision, Qualifier, RecordKind, Unit } from "./vocabulary.ts";
export { dimensions, entityTypes, formulas, precisions, qualifiers, recordKinds, units } from "./vocabulary.ts";
