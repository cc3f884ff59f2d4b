// The whole dataset's shape: the essay's metadata and one collection per kind of record (../kinds.ts).
import { z } from "zod";
import type { Collection, RecordIn } from "../kinds.ts";
import { EntitySchema } from "./entity.ts";
import { MetaSchema, SectionSchema, SourceSchema } from "./essay.ts";
import { FigureSchema } from "./figure.ts";
import { ClaimSchema, ComparisonSchema, EventSchema, QuotationSchema } from "./statements.ts";

export const DatasetSchema = z.strictObject({
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  events: z.array(EventSchema),
  quotations: z.array(QuotationSchema),
  claims: z.array(ClaimSchema),
  comparisons: z.array(ComparisonSchema),
} satisfies { meta: unknown } & Record<Collection, unknown>);

export type DatasetShape = z.infer<typeof DatasetSchema>;
/** A record of any kind. */
export type AnyRecord = RecordIn<DatasetShape>;
