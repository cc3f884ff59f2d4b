// The deck's view of a dataset: typed lookups by id over whichever dataset the build was given (the package's, or
// a validated override), and, per slide, a record of what the slide cites so that its source line and speaker
// notes follow from what it shows. Lookups take the package's id unions, so a slide naming a missing id does
// not compile; a dataset that lacks an id a slide names fails the build with the slide and the id.
import type { ClaimId, EntityId, EventId, FigureId, QuotationId, SectionId } from "@alignment/data";
import type { DatasetShape } from "@alignment/data/schema";

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type DeckDataset = DeepReadonly<DatasetShape>;
export type Figure = DeckDataset["figures"][number];
export type Event = DeckDataset["events"][number];
export type Quotation = DeckDataset["quotations"][number];
export type Claim = DeckDataset["claims"][number];
export type Comparison = DeckDataset["comparisons"][number];
export type Entity = DeckDataset["entities"][number];
export type Section = DeckDataset["sections"][number];
export type Source = DeckDataset["sources"][number];
export type Meta = DeckDataset["meta"];
/** A record a slide shows and must credit: in its source line and, with the essay's words, in its notes. */
export type CitedRecord = Figure | Event | Quotation | Claim | Comparison;
type AnyRecord = CitedRecord | Entity | Section | Source;

interface KindOf {
  figure: Figure;
  event: Event;
  quotation: Quotation;
  claim: Claim;
  comparison: Comparison;
  entity: Entity;
  section: Section;
  source: Source;
}

/** A slide names an id that the dataset does not hold, or holds as another kind. */
class SlideDataError extends Error {
  constructor(slide: string, kind: string, id: string, problem: string) {
    super(`Slide "${slide}" › ${kind} "${id}": ${problem}`);
    this.name = "SlideDataError";
  }
}

export interface DeckOptions {
  /** Version of @alignment/data, shown on the title slide and in the footer. */
  dataVersion: string;
  /** Where the fact explorer lives; a figure's source link is `${explorerBase}#/fact/${id}`. */
  explorerBase: string;
}

/** The dataset a talk is rendered from, with the build's options. */
export class DeckData {
  readonly #index: Map<string, AnyRecord>;
  constructor(
    readonly dataset: DeckDataset,
    readonly options: DeckOptions,
  ) {
    const all: AnyRecord[] = [
      ...dataset.sections,
      ...dataset.sources,
      ...dataset.entities,
      ...dataset.figures,
      ...dataset.events,
      ...dataset.quotations,
      ...dataset.claims,
      ...dataset.comparisons,
    ];
    this.#index = new Map(all.map((r) => [r.id, r]));
  }

  get meta(): Meta {
    return this.dataset.meta;
  }

  /** A record by id and kind; `slide` names the asker in the error when the record is missing. */
  lookup<K extends keyof KindOf>(slide: string, kind: K, id: string): KindOf[K] {
    const found = this.#index.get(id);
    if (found === undefined) throw new SlideDataError(slide, kind, id, "the dataset holds no record with this id");
    if (found.kind !== kind) throw new SlideDataError(slide, kind, id, `this id is a ${found.kind}, not a ${kind}`);
    return found as KindOf[K];
  }

  /** The dated events in chronological order (by start, then end; ties keep dataset order). */
  timeline(): readonly Event[] {
    return [...this.dataset.events].sort(
      (a, b) =>
        a.when.start.localeCompare(b.when.start) ||
        (a.when.end ?? a.when.start).localeCompare(b.when.end ?? b.when.start),
    );
  }

  /** The input figures of a derived figure, in formula order. */
  inputsOf(slide: string, derived: Figure): readonly Figure[] {
    return derived.origin === "derived" ? derived.derivedFrom.map((id) => this.lookup(slide, "figure", id)) : [];
  }

  explorerLink(id: string): string {
    return `${this.options.explorerBase}#/fact/${encodeURIComponent(id)}`;
  }
}

/** What one slide reads from the deck data. Every record it looks up for display is remembered as cited. */
export class SlideData {
  readonly #cited: CitedRecord[] = [];
  constructor(
    readonly deck: DeckData,
    readonly slideId: string,
  ) {}

  get meta(): Meta {
    return this.deck.meta;
  }

  /** Marks a record as shown on this slide (once), and returns it. */
  cite<R extends CitedRecord>(record: R): R {
    if (!this.#cited.includes(record)) this.#cited.push(record);
    return record;
  }

  figure(id: FigureId): Figure {
    const found = this.cite(this.deck.lookup(this.slideId, "figure", id));
    // A derived figure's inputs are part of its provenance: they are cited with it.
    for (const input of this.deck.inputsOf(this.slideId, found)) this.cite(input);
    return found;
  }
  event(id: EventId): Event {
    return this.cite(this.deck.lookup(this.slideId, "event", id));
  }
  quotation(id: QuotationId): Quotation {
    return this.cite(this.deck.lookup(this.slideId, "quotation", id));
  }
  claim(id: ClaimId): Claim {
    return this.cite(this.deck.lookup(this.slideId, "claim", id));
  }
  /** Entities and sections are named, not cited: they carry no figure of their own. */
  entity(id: EntityId): Entity {
    return this.deck.lookup(this.slideId, "entity", id);
  }
  section(id: SectionId): Section {
    return this.deck.lookup(this.slideId, "section", id);
  }
  sourceOf(record: { readonly source?: string | undefined }): Source | undefined {
    return record.source === undefined ? undefined : this.deck.lookup(this.slideId, "source", record.source);
  }

  cited(): readonly CitedRecord[] {
    return this.#cited;
  }
}
