// The deck's view of a dataset: typed lookups by id over whichever dataset the build was given (the package's, or
// a validated override), and, per slide, a record of what the slide cites so that its source line and speaker
// notes follow from what it shows. Lookups take the package's id unions, so a slide naming a missing id does
// not compile; a dataset that lacks an id a slide names fails the build with the slide and the id.
import type {
  ClaimId,
  DatedEvent,
  EntityId,
  EventId,
  FigureId,
  Query,
  QueryableDataset,
  QuotationId,
  RecordKind,
  RecordOfKindIn,
  SectionId,
} from "@alignment/data";
import { createQuery } from "@alignment/data";
import type { FollowLink } from "./follow.ts";

export type DeckDataset = QueryableDataset;
type KindOf = RecordOfKindIn<DeckDataset>;
export type Figure = KindOf["figure"];
export type Event = KindOf["event"];
export type Quotation = KindOf["quotation"];
export type Claim = KindOf["claim"];
export type Comparison = KindOf["comparison"];
export type Entity = KindOf["entity"];
export type Section = KindOf["section"];
export type Source = KindOf["source"];
export type Meta = DeckDataset["meta"];
/**
 * What a slide does with a record of each kind it shows: credits it (`cited`: in its source line and, with the
 * essay's words, in its notes) or only names it (`named`: a country, a section, a cited work). A new kind of record
 * does not compile until the deck says which it is.
 */
const onSlide = {
  figure: "cited",
  event: "cited",
  quotation: "cited",
  claim: "cited",
  comparison: "cited",
  entity: "named",
  section: "named",
  source: "named",
} as const satisfies Record<RecordKind, "cited" | "named">;
type CitedKind = { [K in RecordKind]: (typeof onSlide)[K] extends "cited" ? K : never }[RecordKind];
/** A record a slide shows and must credit. */
export type CitedRecord = KindOf[CitedKind];

/** A slide names an id that the dataset does not hold, or holds as another kind. */
class SlideDataError extends Error {
  constructor(slide: string, kind: string, id: string, problem: string, cause: unknown) {
    super(`Slide "${slide}" › ${kind} "${id}": ${problem}`, { cause });
    this.name = "SlideDataError";
  }
}

export interface DeckOptions {
  /** Version of @alignment/data, shown on the title slide and in the footer. */
  dataVersion: string;
  /** Where the fact explorer lives; a figure's source link is `${explorerBase}#/fact/${id}`. */
  explorerBase: string;
  /** The public explorer, for students to follow the talk: a QR code and a printed URL on the title and closing slides. */
  follow: FollowLink;
}

/** The dataset a talk is rendered from, with the build's options. */
export class DeckData {
  readonly #query: Query<DeckDataset>;
  constructor(
    readonly dataset: DeckDataset,
    readonly options: DeckOptions,
  ) {
    this.#query = createQuery(dataset);
  }

  get meta(): Meta {
    return this.dataset.meta;
  }

  /** A record by id and kind; `slide` names the asker in the error when the record is missing or of another kind. */
  lookup<K extends RecordKind>(slide: string, kind: K, id: string): KindOf[K] {
    return this.#asking(slide, kind, id, () => this.#query.lookup(kind, id));
  }

  /** The dated events in chronological order as the essay dates them (the data package's timeline). */
  timeline(): readonly DatedEvent<Event>[] {
    return this.#query.timeline();
  }

  /** The input figures of a derived figure, in formula order; an input the dataset lacks is blamed on the slide. */
  inputsOf(slide: string, derived: Figure): readonly Figure[] {
    return this.#asking(slide, "figure", derived.id, () => this.#query.inputsOf(derived));
  }

  /** Runs a query, re-throwing its error (missing id, wrong kind) with the slide that asked and what it asked for. */
  #asking<T>(slide: string, kind: RecordKind, id: string, ask: () => T): T {
    try {
      return ask();
    } catch (error) {
      throw new SlideDataError(slide, kind, id, error instanceof Error ? error.message : String(error), error);
    }
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
