// The essay's numbers: a figure the essay states (with its quote), or one derived from two of them by a formula.
import { z } from "zod";
import { aggregations, formulaIds } from "../vocabulary.ts";
import { meaning, prose } from "./change.ts";
import { DimensionSchema, QualifierSchema, UnitSchema } from "./enums.ts";
import { LocatorSchema } from "./quoted.ts";
import { Id, Passage, Text } from "./text.ts";
import { WhenSchema } from "./when.ts";

const FigureFields = {
  kind: z.literal("figure").meta(meaning),
  id: Id,
  section: Id,
  label: Text.meta(prose),
  value: z.number(),
  unit: UnitSchema.meta(meaning),
  /** What is counted, in the essay's word ("meetings", "permanent seats", "personnel", "soldiers"); required for `count`. */
  counts: Text.meta(meaning).optional(),
  when: WhenSchema,
  /** For a figure over a period: a total over it, or the change between its ends. */
  aggregation: z.enum(aggregations).optional(),
  qualifier: QualifierSchema.optional(),
  subjects: z.array(Id).min(1, "must name at least one subject entity"),
  dimension: DimensionSchema,
  source: Id.optional(),
};

export const QuotedFigureSchema = z.strictObject({
  ...FigureFields,
  origin: z.literal("essay").meta(meaning),
  quote: Passage.meta(prose),
  locator: LocatorSchema,
});

export const DerivedFigureSchema = z.strictObject({
  ...FigureFields,
  origin: z.literal("derived").meta(meaning),
  derivedFrom: z.array(Id).length(2, "a formula takes exactly two input figures"),
  formula: z.enum(formulaIds).meta(meaning),
  /** What a reader must know about the computation: inputs that count different things, say. */
  caveat: Passage.optional(),
  /** Present only to be refused: a derived figure is computed, so no words of the essay state it. */
  quote: z.never({ error: "a derived figure carries no quote: the essay does not state it" }).optional(),
});

export const FigureSchema = z.discriminatedUnion("origin", [QuotedFigureSchema, DerivedFigureSchema]);

export type QuotedFigure = z.infer<typeof QuotedFigureSchema>;
export type DerivedFigure = z.infer<typeof DerivedFigureSchema>;
export type Figure = z.infer<typeof FigureSchema>;
