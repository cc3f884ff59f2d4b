// Typed constructors for content records. Each keeps the literal ids of the records it is given, so that the
// union of ids becomes a type (`FigureId`) and a slide or consumer naming a missing id fails to compile; each
// also types the references a record makes (section, entities, source), so a typo there fails to compile too.
// They stamp `kind` (and `origin` for figures), which content files would otherwise repeat on every record.
import type {
  Claim,
  Comparison,
  DerivedFigure,
  Entity,
  Event,
  Quotation,
  QuotedFigure,
  Section,
  Source,
} from "../schema.ts";
import { applyFormula } from "../vocabulary.ts";
import type { EntityId } from "./entities.ts";
import type { SectionId } from "./essay.ts";
import type { SourceId } from "./sources.ts";

/** The reference fields a record may hold, narrowed from `string` to the ids that exist. */
interface Refs {
  section: SectionId;
  source: SourceId;
  speaker: EntityId;
  subjects: EntityId[];
  entities: EntityId[];
  between: [EntityId, EntityId];
  advantage: EntityId;
}

type Narrowed<R> = { [K in keyof R]: K extends keyof Refs ? Refs[K] : R[K] };
type Input<R, Id extends string, Omitted extends keyof R = never> = Narrowed<Omit<R, "kind" | "id" | Omitted>> & {
  id: Id;
};

export function sections<Id extends string>(list: Input<Section, Id>[]): (Section & { id: Id })[] {
  return list.map((r) => ({ kind: "section", ...r }));
}
export function sources<Id extends string>(list: Input<Source, Id>[]): (Source & { id: Id })[] {
  return list.map((r) => ({ kind: "source", ...r }));
}
export function entities<Id extends string>(list: Input<Entity, Id>[]): (Entity & { id: Id })[] {
  return list.map((r) => ({ kind: "entity", ...r }));
}
export function figures<Id extends string>(list: Input<QuotedFigure, Id, "origin">[]): (QuotedFigure & { id: Id })[] {
  return list.map((r) => ({ kind: "figure", origin: "essay", ...r }));
}
export function events<Id extends string>(list: Input<Event, Id>[]): (Event & { id: Id })[] {
  return list.map((r) => ({ kind: "event", ...r }));
}
export function quotations<Id extends string>(list: Input<Quotation, Id>[]): (Quotation & { id: Id })[] {
  return list.map((r) => ({ kind: "quotation", ...r }));
}
export function claims<Id extends string>(list: Input<Claim, Id>[]): (Claim & { id: Id })[] {
  return list.map((r) => ({ kind: "claim", ...r }));
}
export function comparisons<Id extends string>(list: Input<Comparison, Id>[]): (Comparison & { id: Id })[] {
  return list.map((r) => ({ kind: "comparison", ...r }));
}

/**
 * A figure computed from two quoted figures, never typed in: its value follows its inputs, so a corrected input
 * corrects it too.
 */
export function derived<Id extends string>(
  spec: Input<DerivedFigure, Id, "origin" | "value" | "derivedFrom"> & {
    inputs: readonly [QuotedFigure, QuotedFigure];
  },
): DerivedFigure & { id: Id } {
  const { inputs, ...rest } = spec;
  const [a, b] = inputs;
  return {
    kind: "figure",
    origin: "derived",
    ...rest,
    value: applyFormula(spec.formula, a.value, b.value),
    derivedFrom: [a.id, b.id],
  };
}

/** The record with this id from a content list, for wiring derived figures to their inputs. */
export function pick<R extends { id: string }>(list: readonly R[], id: R["id"]): R {
  const found = list.find((r) => r.id === id);
  if (found === undefined) throw new Error(`No record "${id}" in this content list`);
  return found;
}
