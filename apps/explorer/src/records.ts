// What the explorer knows about a record beyond the data package: its display title, the text a search reads,
// the years it covers, and which other records are worth reading next. Pure functions over the public API.
import {
  allRecords,
  type DataRecord,
  type Dimension,
  dataset,
  dimensionOf,
  type Entity,
  entitiesOf,
  type Figure,
  quoteOf,
  type RecordKind,
  recordKinds,
  sourceOf,
  titleOf,
  whenOf,
} from "@alignment/data";

const recordsById: ReadonlyMap<string, DataRecord> = new Map(allRecords().map((r) => [r.id, r]));
const entitiesById: ReadonlyMap<string, Entity> = new Map(dataset.entities.map((e) => [e.id, e]));
const sourceLabels: ReadonlyMap<string, string> = new Map(dataset.sources.map((s) => [s.id, s.label]));

/** The record with this id, or undefined: a URL may name an id the dataset does not hold. */
export function findRecord(id: string): DataRecord | undefined {
  return recordsById.get(id);
}

export function entityName(id: string): string {
  return entitiesById.get(id)?.name ?? id;
}

function sourceLabel(id: string): string {
  return sourceLabels.get(id) ?? id;
}

/**
 * Folds text for matching: lower case, accents dropped, curly quotes and dashes made plain. Each UTF-16 unit maps
 * to exactly one, so an index into the folded text is an index into the original (which highlighting relies on).
 */
export function fold(text: string): string {
  let out = "";
  for (const unit of text.split("")) {
    const base = unit.normalize("NFD").charAt(0).toLowerCase();
    out += base.length === 1 ? (PLAIN[base] ?? base) : unit;
  }
  return out;
}

const PLAIN: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
};

/**
 * How much of a query is searched. Search runs on every keystroke, and its cost grows with the query times the
 * records (every word is looked for in every record, and marked in every card): a pasted page of text froze the
 * tab for seconds. No one types more than this to find a fact; the status line says when a query was cut.
 */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

/** The distinct folded words of the query's first MAX_QUERY_CHARS characters. */
function searchedWords(query: string): string[] {
  return [...new Set(fold(query.trim().slice(0, MAX_QUERY_CHARS)).split(/\s+/).filter(Boolean))];
}

/** The words of a query (within the limits above), folded, each once; a record matches when it contains all. */
export function queryTerms(query: string): string[] {
  return searchedWords(query).slice(0, MAX_QUERY_TERMS);
}

/** Whether `queryTerms` leaves part of the query out. */
export function queryIsCut(query: string): boolean {
  return query.trim().length > MAX_QUERY_CHARS || searchedWords(query).length > MAX_QUERY_TERMS;
}

const searchTexts = new Map<string, string>();

/** The names a record refers to: its entities' names and short names, and the source it cites. */
export function namesOf(r: DataRecord): string[] {
  const entities = r.kind === "entity" ? [r.id] : entitiesOf(r);
  const names = entities.flatMap((id) => {
    const e = entitiesById.get(id);
    return e ? [e.name, ...(e.shortName ? [e.shortName] : [])] : [];
  });
  const source = sourceOf(r);
  return source ? [...names, sourceLabel(source)] : names;
}

/** Everything a search reads for a record: its title and id, the essay's words, and the names it refers to. */
function searchTextOf(r: DataRecord): string {
  let text = searchTexts.get(r.id);
  if (text === undefined) {
    text = fold([titleOf(r), r.id, quoteOf(r) ?? "", ...namesOf(r)].join("\n"));
    searchTexts.set(r.id, text);
  }
  return text;
}

/** The first and last calendar year a record covers; a decade covers its ten years. */
export function yearsOf(r: DataRecord): { from: number; to: number } | undefined {
  const when = whenOf(r);
  if (when === undefined) return undefined;
  const from = Number(when.start.slice(0, 4));
  const last = Number((when.end ?? when.start).slice(0, 4));
  return { from, to: when.precision === "decade" ? last + 9 : last };
}

export interface Filters {
  query: string;
  kind: RecordKind | "";
  dimension: Dimension | "";
  entity: string;
  year: number | undefined;
}

export const NO_FILTERS: Filters = { query: "", kind: "", dimension: "", entity: "", year: undefined };

export function isFiltered(f: Filters): boolean {
  return f.query.trim() !== "" || f.kind !== "" || f.dimension !== "" || f.entity !== "" || f.year !== undefined;
}

function matches(r: DataRecord, f: Filters, terms: readonly string[]): boolean {
  if (f.kind !== "" && r.kind !== f.kind) return false;
  if (f.dimension !== "" && dimensionOf(r) !== f.dimension) return false;
  if (f.entity !== "" && r.id !== f.entity && !entitiesOf(r).includes(f.entity)) return false;
  if (f.year !== undefined) {
    const years = yearsOf(r);
    if (years === undefined || f.year < years.from || f.year > years.to) return false;
  }
  const text = searchTextOf(r);
  return terms.every((term) => text.includes(term));
}

export function applyFilters(records: readonly DataRecord[], f: Filters): DataRecord[] {
  const terms = queryTerms(f.query);
  return records.filter((r) => matches(r, f, terms));
}

/**
 * Where each kind stands in the list: what a reader checks first (figures, events), the people and places they name
 * last. Every kind has a place, so a new kind of record does not compile until it is given one.
 */
const LIST_PLACE = {
  figure: 0,
  event: 1,
  comparison: 2,
  quotation: 3,
  claim: 4,
  entity: 5,
  source: 6,
  section: 7,
} as const satisfies Record<RecordKind, number>;

/** The kinds in the order of the list. */
export const LIST_ORDER: readonly RecordKind[] = [...recordKinds].sort((a, b) => LIST_PLACE[a] - LIST_PLACE[b]);

/** Every record in list order; within a kind, the package's order (the essay's). */
export function recordsInListOrder(): DataRecord[] {
  return LIST_ORDER.flatMap((kind) => allRecords().filter((r) => r.kind === kind));
}

/** Every year some record covers, ascending: the choices of the year filter. */
export function yearsCovered(): number[] {
  const years = new Set<number>();
  for (const r of allRecords()) {
    const span = yearsOf(r);
    if (span) for (let y = span.from; y <= span.to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The entities that some other record refers to, by name: the choices of the entity filter. */
export function entitiesReferredTo(): Entity[] {
  const referred = new Set(allRecords().flatMap((r) => entitiesOf(r)));
  return dataset.entities.filter((e) => referred.has(e.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/** The derived figures computed from this figure. */
export function derivedUsing(input: Figure): Figure[] {
  return dataset.figures.filter((f) => f.origin === "derived" && f.derivedFrom.includes(input.id));
}

export interface Related {
  record: DataRecord;
  /** Why it is related, for the reader: "Same section · ESPO, Russia". */
  reason: string;
}

// How many records name each entity: sharing a rare entity (ESPO) says more than sharing Russia, which almost
// every record names.
const mentions = new Map<string, number>();
for (const r of allRecords()) for (const id of entitiesOf(r)) mentions.set(id, (mentions.get(id) ?? 0) + 1);

/**
 * Records worth reading next: those sharing entities with this one (rarer entities weigh more) or standing in the
 * same essay section, best first.
 */
export function relatedTo(r: DataRecord, limit = 8): Related[] {
  const own = new Set(entitiesOf(r));
  const section = r.kind === "section" ? undefined : r.section;
  const dimension = dimensionOf(r);
  const scored: { record: DataRecord; score: number; reason: string }[] = [];
  for (const other of allRecords()) {
    if (other.id === r.id || other.kind === "section" || other.kind === "entity" || other.kind === "source") continue;
    const shared = entitiesOf(other).filter((id) => own.has(id));
    const sameSection = section !== undefined && other.section === section;
    if (shared.length === 0 && !sameSection) continue;
    const sameDimension = dimension !== undefined && dimensionOf(other) === dimension;
    const score =
      shared.reduce((sum, id) => sum + 1 / (mentions.get(id) ?? 1), 0) +
      (sameSection ? 0.05 : 0) +
      (sameDimension ? 0.04 : 0);
    const reasons = [sameSection ? "Same section" : "", shared.map(entityName).join(", ")].filter(Boolean);
    scored.push({ record: other, score, reason: reasons.join(" \u00b7 ") });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ record, reason }) => ({ record, reason }));
}
