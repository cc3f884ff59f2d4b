// The things the essay names: countries, leaders, organisations, pipelines, weapons and the rest.
import { z } from "zod";
import { EntityTypeSchema } from "./enums.ts";
import { Quoted } from "./quoted.ts";
import { Text } from "./text.ts";

export const EntitySchema = z.strictObject({
  kind: z.literal("entity"),
  ...Quoted,
  type: EntityTypeSchema,
  name: Text,
  /** Shorter form for tight spaces (chart labels): "ESPO", "SCO". */
  shortName: Text.optional(),
  /** What the essay says the entity is, verbatim from the quote ("Russia's highest award for ..."). */
  description: Text.optional(),
});

export type Entity = z.infer<typeof EntitySchema>;
