// The things the essay names: countries, leaders, organisations, pipelines, weapons and the rest.
import { z } from "zod";
import { meaning, prose } from "./change.ts";
import { EntityTypeSchema } from "./enums.ts";
import { Quoted } from "./quoted.ts";
import { Text } from "./text.ts";

export const EntitySchema = z.strictObject({
  kind: z.literal("entity").meta(meaning),
  ...Quoted,
  type: EntityTypeSchema.meta(meaning),
  name: Text.meta(prose),
  /** Shorter form for tight spaces (chart labels): "ESPO", "SCO". */
  shortName: Text.meta(prose).optional(),
  /** What the essay says the entity is, verbatim from the quote ("Russia's highest award for ..."). */
  description: Text.optional(),
});

export type Entity = z.infer<typeof EntitySchema>;
