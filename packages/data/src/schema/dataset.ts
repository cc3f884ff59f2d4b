// The whole dataset's shape: the essay's metadata and one collection per kind of record (../kinds.ts).
import { z } from "zod";
import type { Collection, RecordIn } from "../kinds.ts";
import { EntitySchema } from "./entity.ts";
import { MetaSchema, SectionSchema, SourceSchema } from "./essay.ts";
import { FigureSchema } from "./figure.ts";
import { ClaimSchema, ComparisonSchema, EventSchema, QuotationSchema } from "./statements.ts";

/** A semantic version as npm reads one: 0.2.0, 1.0.0-rc.1. */
const SemVer = z
  .string()
  .regex(
    /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/,
    "must be a semantic version such as 0.2.0",
  );

export const DatasetSchema = z.strictObject({
  /**
   * The data version: the version of @alignment/data that holds this dataset, as its dataset.json and the explorer's
   * downloads say. A dataset of one's own may leave it out.
   */
  version: SemVer.optional(),
  meta: MetaSchema,
  sections: z.array(SectionSchema),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  events: z.array(EventSchema),
  quotations: z.array(QuotationSchema),
  claims: z.array(ClaimSchema),
  comparisons: z.array(ComparisonSchema),
} satisfies { version: unknown; meta: unknown } & Record<Collection, unknown>);

export type DatasetShape = z.infer<typeof DatasetSchema>;
/** A record of any kind. */
export type AnyRecord = RecordIn<DatasetShape>;
