// Small typed accessors over the frozen dataset. Lookups by id go through one index built on first use.
import type {
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
import { dataset } from "./dataset.ts";
import type { Dimension, RecordKind } from "./vocabulary.ts";

export type Section = Dataset["sections"][number];
export type Source = Dataset["sources"][number];
export type Entity = Dataset["entities"][number];
export type Figure = Dataset["figures"][number];
export type Event = Dataset["events"][number];
export type Quotation = Dataset["quotations"][number];
export type Claim = Dataset["claims"][number];
export type Comparison = Dataset["comparisons"][number];
export type DataRecord = Section | Source | Entity | Figure | Event | Quotation | Claim | Comparison;

/** The record type for each kind, so that `recordsOfKind("figure")` returns figures. */
export interface RecordOfKind {
  section: Section;
  source: Source;
  entity: Entity;
  figure: Figure;
  event: Event;
  quotation: Quotation;
  claim: Claim;
  comparison: Comparison;
}

const ALL: readonly DataRecord[] = [
  ...dataset.sections,
  ...dataset.sources,
  ...dataset.entities,
  ...dataset.figures,
  ...dataset.events,
  ...dataset.quotations,
  ...dataset.claims,
  ...dataset.comparisons,
];

let index: Map<string, DataRecord> | undefined;

/** Every record of the dataset, in essay-section order within each kind. */
export function allRecords(): readonly DataRecord[] {
  return ALL;
}

/** Any record by id; throws for an id that the dataset does not hold (a compile error for literal ids). */
export function record(id: RecordId): DataRecord {
  index ??= new Map(ALL.map((r) => [r.id, r]));
  const found = index.get(id);
  if (found === undefined) throw new Error(`@alignment/data: no record with id "${id}"`);
  return found;
}

function withArticle(kind: RecordKind): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

function typed<K extends RecordKind>(kind: K) {
  return (id: string): RecordOfKind[K] => {
    const found = record(id as RecordId);
    if (found.kind !== kind) {
      throw new Error(`@alignment/data: "${id}" is ${withArticle(found.kind)}, not ${withArticle(kind)}`);
    }
    return found as RecordOfKind[K];
  };
}

export const section: (id: SectionId) => Section = typed("section");
export const source: (id: SourceId) => Source = typed("source");
export const entity: (id: EntityId) => Entity = typed("entity");
export const figure: (id: FigureId) => Figure = typed("figure");
export const event: (id: EventId) => Event = typed("event");
export const quotation: (id: QuotationId) => Quotation = typed("quotation");
export const claim: (id: ClaimId) => Claim = typed("claim");
export const comparison: (id: ComparisonId) => Comparison = typed("comparison");

/** All records of one kind. */
export function recordsOfKind<K extends RecordKind>(kind: K): readonly RecordOfKind[K][] {
  return ALL.filter((r): r is RecordOfKind[K] => r.kind === kind);
}

/** Figures, events, quotations and claims that belong to one of the essay's dimensions. */
export function byDimension(dimension: Dimension): readonly (Figure | Event | Quotation | Claim)[] {
  return ALL.filter((r): r is Figure | Event | Quotation | Claim => "dimension" in r && r.dimension === dimension);
}

/** The entity ids a record refers to (subjects, entities, speaker, the sides of a comparison). */
export function entitiesOf(r: DataRecord): readonly string[] {
  switch (r.kind) {
    case "figure":
      return r.subjects;
    case "event":
    case "claim":
      return r.entities;
    case "quotation":
      return r.speaker === undefined ? [] : [r.speaker];
    case "comparison":
      return r.between;
    default:
      return [];
  }
}

/** Every record that refers to an entity. */
export function byEntity(id: EntityId): readonly DataRecord[] {
  return ALL.filter((r) => entitiesOf(r).includes(id));
}

/** Every record that stands in one section of the essay. */
export function bySection(id: SectionId): readonly DataRecord[] {
  return ALL.filter((r) => r.kind !== "section" && r.section === id);
}

/** The dated events in chronological order (by start, then end; ties keep essay order). */
export function timeline(): readonly Event[] {
  return [...dataset.events].sort(
    (a, b) =>
      a.when.start.localeCompare(b.when.start) ||
      (a.when.end ?? a.when.start).localeCompare(b.when.end ?? b.when.start),
  );
}

/** The figures a derived figure is computed from, in formula order. */
export function inputsOf(derivedFigure: Figure): readonly Figure[] {
  return derivedFigure.origin === "derived" ? derivedFigure.derivedFrom.map((id) => figure(id as FigureId)) : [];
}
