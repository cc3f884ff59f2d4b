// What the essay says happened and what it argues: events, the words it quotes, its claims, and its comparisons of
// Russia and China.
import { z } from "zod";
import { comparisonBases } from "../vocabulary.ts";
import { meaning, prose } from "./change.ts";
import { DimensionSchema, QualifierSchema, StanceSchema } from "./enums.ts";
import { Hedge, Quoted } from "./quoted.ts";
import { Id, Passage, Text } from "./text.ts";
import { WhenSchema } from "./when.ts";

export const EventSchema = z.strictObject({
  kind: z.literal("event").meta(meaning),
  ...Quoted,
  /** A short restatement; it carries the event's qualifier ("reportedly") in the essay's word. */
  label: Text.meta(prose),
  /** Absent for happenings the essay narrates without a date (Xi's rise to power): no date is invented for them. */
  when: WhenSchema.optional(),
  qualifier: QualifierSchema.optional(),
  entities: z.array(Id).min(1, "must name at least one entity"),
  dimension: DimensionSchema,
});

export const QuotationSchema = z.strictObject({
  kind: z.literal("quotation").meta(meaning),
  ...Quoted,
  /** The words the essay puts in quotation marks, verbatim. */
  text: Passage.meta(prose),
  /** Who said or wrote it, where the essay says. */
  speaker: Id.optional(),
  source: Id.optional(),
  /** Where or how it was said, in the essay's words ("on live Chinese state television"). */
  context: Text.optional(),
  /** The number of the essay's footnote whose mark follows these words. */
  footnote: z.number().int().positive().optional(),
  dimension: DimensionSchema,
});

export const ClaimSchema = z.strictObject({
  kind: z.literal("claim").meta(meaning),
  ...Quoted,
  /** A short restatement of the argument that keeps its hedge; the essay's own words are in `quote`. */
  label: Text.meta(prose),
  /** How the essay holds the claim. */
  stance: StanceSchema,
  /** The essay's hedging words, verbatim from the quote; the label carries them too. */
  hedge: Hedge.optional(),
  /** The work the essay attributes the claim to, where it does. */
  source: Id.optional(),
  /** The date the claim is bounded by, where the essay gives one ("did not exist prior to 2012"). */
  when: WhenSchema.optional(),
  dimension: DimensionSchema,
  entities: z.array(Id),
});

export const ComparisonSchema = z.strictObject({
  kind: z.literal("comparison").meta(meaning),
  ...Quoted,
  /** The measure compared ("Population size"). */
  aspect: Text.meta(prose),
  /** A short restatement of what the essay says on this measure, hedge included ("superior in many areas"). */
  label: Text.meta(prose),
  /** The essay's qualifier on the comparison, verbatim from the quote; the label carries it too. */
  hedge: Hedge.optional(),
  /** Whether the essay states the advantage on this measure or only implies it. */
  basis: z.enum(comparisonBases),
  /** The two sides compared, in the essay's order. */
  between: z.tuple([Id, Id]).meta(meaning),
  /** The side the essay says (or, with basis `implied`, implies) is ahead on this measure. */
  advantage: Id,
  /** Whether the essay calls this a traditional measure of power or one "often overlooked". */
  measure: z.enum(["traditional", "overlooked"]).meta(meaning),
});

export type Event = z.infer<typeof EventSchema>;
export type Quotation = z.infer<typeof QuotationSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
