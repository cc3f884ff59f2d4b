// The essay itself and what it is made of: its metadata, its sections, and the works it cites.
import { z } from "zod";
import { meaning, prose } from "./change.ts";
import { Quoted } from "./quoted.ts";
import { Id, Passage, Text } from "./text.ts";
import { WhenSchema } from "./when.ts";

export const MetaSchema = z.strictObject({
  title: Text,
  subtitle: Text,
  author: Text,
  affiliation: Text,
  /** Publication date of the essay, at month precision. */
  published: WhenSchema,
  /** What the data deliberately does not hold, and why. */
  scopeNotes: z.array(Passage),
  /** SHA-256 (hex) of the essay's text that every quote and locator was checked against (source/essay.txt). */
  essaySha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hex digest"),
});

export const SectionSchema = z.strictObject({
  kind: z.literal("section").meta(meaning),
  id: Id,
  order: z.number().int().nonnegative(),
  /** The essay's own heading, verbatim; the opening section has none. */
  heading: Text.meta(prose).optional(),
  /** A short name for navigation (the heading, or "Opening"). */
  label: Text.meta(prose),
});

export const SourceSchema = z.strictObject({
  kind: z.literal("source").meta(meaning),
  ...Quoted,
  /** How the essay names the work or body it cites; for a link with no named target, what the essay does with it. */
  label: Text.meta(prose),
  title: Text.meta(prose).optional(),
  authors: z.array(Text).optional(),
  /** Editors of a volume, where the essay names them as such ("Lora Saalman, editor"). */
  editors: z.array(Text).optional(),
  /** The number of the essay's footnote that cites this work. */
  footnote: z.number().int().positive().optional(),
  publisher: Text.meta(prose).optional(),
  published: WhenSchema.optional(),
  /** True where the essay points to a source only through a link whose target it does not name. */
  unnamed: z.boolean().optional(),
});

export type Meta = z.infer<typeof MetaSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Source = z.infer<typeof SourceSchema>;
