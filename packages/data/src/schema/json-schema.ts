// The dataset's JSON Schema, for consumers outside TypeScript: written beside dataset.json by the build.
import { z } from "zod";
import { DatasetSchema } from "./dataset.ts";

/** JSON Schema (draft 2020-12) of the dataset, for consumers outside TypeScript. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
