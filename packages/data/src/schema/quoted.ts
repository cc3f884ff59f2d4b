// What every essay-backed record shares: its id, its section, the essay's exact words and where they stand.
import { z } from "zod";
import { prose } from "./change.ts";
import { Id, Passage, Text } from "./text.ts";

/**
 * Where a quote stands in the essay: its paragraph (counted from the first paragraph after the title block; a
 * paragraph broken across a page of the source stays one paragraph) and its character range `[start, end)` in
 * source/essay.txt, whose slice equals the quote after `normaliseForQuoteMatch`.
 */
export const LocatorSchema = z.strictObject({
  paragraph: z
    .number()
    .int()
    .positive(
      "must be a paragraph of the essay (a new quote has no locator yet: run `pnpm --filter @alignment/data locate`)",
    ),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Fields every essay-backed record shares: where it stands in the essay and the essay's exact words. */
export const Quoted = {
  id: Id,
  section: Id,
  /** The exact words of the essay that state this record. */
  quote: Passage.meta(prose),
  /** Where `quote` stands in the essay's text. */
  locator: LocatorSchema,
};

/**
 * The essay's own hedging words for a claim or comparison ("arguably", "appears", "in many areas"), verbatim from the
 * quote; wherever the record is shown, its label carries them.
 */
export const Hedge = Text;

export type Locator = z.infer<typeof LocatorSchema>;
