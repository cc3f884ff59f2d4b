// Typed constructors for the essay's records, the content's third layer: they refer to the sections (essay.ts), the
// sources and the entities (define-names.ts) below them. Each keeps the literal ids of the records it is given, so
// that the union of ids becomes a type (`FigureId`) and a slide or consumer naming a missing id fails to compile; each
// also types the references a record makes (section, entities, source), so a typo there fails to compile too.
// They stamp `kind` (and `origin` for figures), which content files would otherwise repeat on every record, and the
// quote's locator in the essay, which locators.ts holds (written from the essay by `pnpm --filter @alignment/data
// locate`, checked by test/locators.test.ts).
import type { Claim, Comparison, DerivedFigure, Event, Quotation, QuotedFigure } from "../schema.ts";
import { applyFormula, isRounded } from "../vocabulary.ts";
import { located } from "./define-names.ts";
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
type Input<R, Id extends string, Omitted extends keyof R = never> = Narrowed<
  Omit<R, "kind" | "id" | "locator" | Omitted>
> & {
  id: Id;
};

export function figures<Id extends string>(list: Input<QuotedFigure, Id, "origin">[]): (QuotedFigure & { id: Id })[] {
  return list.map((r) => located({ kind: "figure", origin: "essay", ...r }));
}
export function events<Id extends string>(list: Input<Event, Id>[]): (Event & { id: Id })[] {
  return list.map((r) => located({ kind: "event", ...r }));
}
export function quotations<Id extends string>(list: Input<Quotation, Id>[]): (Quotation & { id: Id })[] {
  return list.map((r) => located({ kind: "quotation", ...r }));
}
export function claims<Id extends string>(list: Input<Claim, Id>[]): (Claim & { id: Id })[] {
  return list.map((r) => located({ kind: "claim", ...r }));
}
export function comparisons<Id extends string>(list: Input<Comparison, Id>[]): (Comparison & { id: Id })[] {
  return list.map((r) => located({ kind: "comparison", ...r }));
}

/**
 * A figure computed from two quoted figures, never typed in: its value follows its inputs, to their precision, so a
 * corrected input corrects it too; a value rounded to that precision is "about" it.
 */
export function derived<Id extends string>(
  spec: Input<DerivedFigure, Id, "origin" | "value" | "derivedFrom" | "qualifier"> & {
    inputs: readonly [QuotedFigure, QuotedFigure];
  },
): DerivedFigure & { id: Id } {
  const { inputs, ...rest } = spec;
  const [a, b] = inputs;
  return {
    kind: "figure",
    origin: "derived",
    ...rest,
    ...(isRounded(spec.formula, a.value, b.value) ? { qualifier: "about" as const } : {}),
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
