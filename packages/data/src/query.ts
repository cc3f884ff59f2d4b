// Typed accessors over a dataset of the package's shape. createQuery builds them over any such dataset (the package's
// own, or one an application validated with parseDataset); the accessors exported below are that query bound to the
// package's frozen dataset, so they take its literal id unions. Lookups by id go through one index built on first use.
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
import { collections } from "./kinds.ts";
// A type-only import: the schema's types describe the shape, zod itself is never loaded by this entry.
import type { DatasetShape } from "./schema.ts";
import type { Dimension, RecordKind } from "./vocabulary.ts";

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Any dataset of the package's shape: the package's own `dataset`, or what `parseDataset` returns. */
export type QueryableDataset = DeepReadonly<DatasetShape>;

/** The record type for each kind within a dataset, so that `recordsOfKind("figure")` returns its figures. */
export interface RecordOfKindIn<D extends QueryableDataset> {
  section: D["sections"][number];
  source: D["sources"][number];
  entity: D["entities"][number];
  figure: D["figures"][number];
  event: D["events"][number];
  quotation: D["quotations"][number];
  claim: D["claims"][number];
  comparison: D["comparisons"][number];
}
/** A record of any kind within a dataset. */
export type RecordIn<D extends QueryableDataset> = RecordOfKindIn<D>[RecordKind];
type Dimensioned<D extends QueryableDataset> = RecordOfKindIn<D>["figure" | "event" | "quotation" | "claim"];

/** The accessors over one dataset. Lookups throw for an id the dataset does not hold, or one of another kind. */
export interface Query<D extends QueryableDataset> {
  /** Every record of the dataset, in dataset order within each kind. */
  allRecords(): readonly RecordIn<D>[];
  /** Any record by id. */
  record(id: RecordIn<D>["id"]): RecordIn<D>;
  /** A record by id that must be of `kind`. */
  lookup<K extends RecordKind>(kind: K, id: RecordOfKindIn<D>[K]["id"]): RecordOfKindIn<D>[K];
  /** All records of one kind. */
  recordsOfKind<K extends RecordKind>(kind: K): readonly RecordOfKindIn<D>[K][];
  /** Figures, events, quotations and claims that belong to one of the essay's dimensions. */
  byDimension(dimension: Dimension): readonly Dimensioned<D>[];
  /** Every record that refers to an entity. */
  byEntity(id: RecordOfKindIn<D>["entity"]["id"]): readonly RecordIn<D>[];
  /** Every record that stands in one section of the essay. */
  bySection(id: RecordOfKindIn<D>["section"]["id"]): readonly RecordIn<D>[];
  /**
   * The dated events in chronological order, as the essay dates them: a rough date at the part it names ("the
   * mid-2000s" at 2005), a bound at its date ("by 2016" at 2016), then by end; ties keep dataset order. Events the
   * essay does not date are left out.
   */
  timeline(): readonly DatedEvent<RecordOfKindIn<D>["event"]>[];
  /** The figures a derived figure is computed from, in formula order. */
  inputsOf(derivedFigure: RecordOfKindIn<D>["figure"]): readonly RecordOfKindIn<D>["figure"][];
}

type AnyRecord = RecordIn<QueryableDataset>;
/** An event the essay dates. */
export type DatedEvent<E extends { readonly when?: unknown }> = E & { readonly when: NonNullable<E["when"]> };

type When = NonNullable<QueryableDataset["events"][number]["when"]>;

/** Where a date sorts: its start, or the part of it a rough date names ("mid-2000s" sorts at 2005). */
export function dateSortKey(when: When): string {
  if (when.part === undefined) return when.start;
  const year = Number(when.start.slice(0, 4));
  if (when.precision === "decade") return String(year + { early: 2, mid: 5, late: 8 }[when.part]);
  return `${when.start.slice(0, 4)}-${{ early: "03", mid: "07", late: "10" }[when.part]}`;
}

function withArticle(kind: RecordKind): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/** The entity ids a record refers to (subjects, entities, speaker, the sides of a comparison). */
export function entitiesOf(r: AnyRecord): readonly string[] {
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

/** The line a record is known by in lists, page titles and the CSV's `title` column. */
export function titleOf(r: AnyRecord): string {
  switch (r.kind) {
    case "section":
      return r.heading ?? r.label;
    case "entity":
      return r.name;
    case "quotation":
      return `\u201c${r.text}\u201d`;
    case "comparison":
      return r.aspect;
    default:
      return r.label;
  }
}

/** The date or period a record is about, if it has one (figures, dated events and claims; a source's publication date). */
export function whenOf(r: AnyRecord): When | undefined {
  if (r.kind === "figure" || r.kind === "event" || r.kind === "claim") return r.when;
  if (r.kind === "source") return r.published;
  return undefined;
}

/** A record's dimension of the essay, where it has one. */
export function dimensionOf(r: AnyRecord): Dimension | undefined {
  return "dimension" in r ? r.dimension : undefined;
}

/** The source a record cites, where it names one. */
export function sourceOf(r: AnyRecord): string | undefined {
  return r.kind === "figure" || r.kind === "quotation" ? r.source : undefined;
}

/** The essay's words for a record; sections and derived figures have none. */
export function quoteOf(r: AnyRecord): string | undefined {
  return "quote" in r ? r.quote : undefined;
}

/** The accessors over any dataset of the package's shape; it does not validate it (that is `parseDataset`'s job). */
export function createQuery<D extends QueryableDataset>(data: D): Query<D> {
  const all: readonly AnyRecord[] = collections.flatMap((collection): readonly AnyRecord[] => data[collection]);
  let index: Map<string, AnyRecord> | undefined;

  function record(id: string): AnyRecord {
    index ??= new Map(all.map((r) => [r.id, r]));
    const found = index.get(id);
    if (found === undefined) throw new Error(`@alignment/data: no record with id "${id}"`);
    return found;
  }

  function lookup<K extends RecordKind>(kind: K, id: string): RecordOfKindIn<QueryableDataset>[K] {
    const found = record(id);
    if (found.kind !== kind) {
      throw new Error(`@alignment/data: "${id}" is ${withArticle(found.kind)}, not ${withArticle(kind)}`);
    }
    return found as RecordOfKindIn<QueryableDataset>[K];
  }

  const query: Query<QueryableDataset> = {
    allRecords: () => all,
    record,
    lookup,
    recordsOfKind: <K extends RecordKind>(kind: K) =>
      all.filter((r): r is RecordOfKindIn<QueryableDataset>[K] => r.kind === kind),
    byDimension: (dimension) =>
      all.filter((r): r is Dimensioned<QueryableDataset> => "dimension" in r && r.dimension === dimension),
    byEntity: (id) => all.filter((r) => entitiesOf(r).includes(id)),
    bySection: (id) => all.filter((r) => r.kind !== "section" && r.section === id),
    timeline: () =>
      data.events
        .filter((e): e is DatedEvent<typeof e> => e.when !== undefined)
        .sort(
          (a, b) =>
            dateSortKey(a.when).localeCompare(dateSortKey(b.when)) ||
            (a.when.end ?? a.when.start).localeCompare(b.when.end ?? b.when.start),
        ),
    inputsOf: (derivedFigure) =>
      derivedFigure.origin === "derived" ? derivedFigure.derivedFrom.map((id) => lookup("figure", id)) : [],
  };
  // The implementation works on the shape's string ids; D only narrows the types callers see.
  return query as Query<D>;
}

export type Section = Dataset["sections"][number];
export type Source = Dataset["sources"][number];
export type Entity = Dataset["entities"][number];
export type Figure = Dataset["figures"][number];
export type Event = Dataset["events"][number];
export type Quotation = Dataset["quotations"][number];
export type Claim = Dataset["claims"][number];
export type Comparison = Dataset["comparisons"][number];
export type DataRecord = RecordIn<Dataset>;
/** The record type for each kind of the package's dataset. */
export type RecordOfKind = RecordOfKindIn<Dataset>;

const packageQuery = createQuery(dataset);

/** Every record of the dataset, in essay-section order within each kind. */
export const allRecords: () => readonly DataRecord[] = packageQuery.allRecords;
/** Any record by id; throws for an id that the dataset does not hold (a compile error for literal ids). */
export const record: (id: RecordId) => DataRecord = packageQuery.record;
export const section = (id: SectionId): Section => packageQuery.lookup("section", id);
export const source = (id: SourceId): Source => packageQuery.lookup("source", id);
export const entity = (id: EntityId): Entity => packageQuery.lookup("entity", id);
export const figure = (id: FigureId): Figure => packageQuery.lookup("figure", id);
export const event = (id: EventId): Event => packageQuery.lookup("event", id);
export const quotation = (id: QuotationId): Quotation => packageQuery.lookup("quotation", id);
export const claim = (id: ClaimId): Claim => packageQuery.lookup("claim", id);
export const comparison = (id: ComparisonId): Comparison => packageQuery.lookup("comparison", id);
/** All records of one kind. */
export const recordsOfKind: <K extends RecordKind>(kind: K) => readonly RecordOfKind[K][] = packageQuery.recordsOfKind;
/** Figures, events, quotations and claims that belong to one of the essay's dimensions. */
export const byDimension: (dimension: Dimension) => readonly (Figure | Event | Quotation | Claim)[] =
  packageQuery.byDimension;
/** Every record that refers to an entity. */
export const byEntity: (id: EntityId) => readonly DataRecord[] = packageQuery.byEntity;
/** Every record that stands in one section of the essay. */
export const bySection: (id: SectionId) => readonly DataRecord[] = packageQuery.bySection;
/** The dated events in chronological order, as the essay dates them (see `Query.timeline`); undated ones left out. */
export const timeline: () => readonly DatedEvent<Event>[] = packageQuery.timeline;
/** The figures a derived figure is computed from, in formula order. */
export const inputsOf: (derivedFigure: Figure) => readonly Figure[] = packageQuery.inputsOf;
