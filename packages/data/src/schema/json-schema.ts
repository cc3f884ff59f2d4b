// The dataset's JSON Schema, for consumers outside TypeScript: written beside dataset.json by the build.
//
// A discriminated union (a figure is quoted from the essay or derived, by `origin`) is written as one `if`/`then`
// per variant rather than zod's `oneOf`: under `oneOf` a record wrong in one field fails every variant, and a
// validator's best guess at the error is then often the other variant's discriminator (Python's jsonschema said
// "'derived' was expected" for an essay figure with a bad unit). With `if`/`then` only the record's own variant
// is checked, so the error names the field that is wrong.
import { z } from "zod";
import { homepage, version } from "../../package.json";
import { DatasetSchema } from "./dataset.ts";

/**
 * Where the schema of this data version names itself: under the project's public site (the parent of the package's
 * homepage, the explorer), one address per version, so that a validator that keys schemas by `$id` (hyperjump
 * refuses one without) holds two versions apart.
 */
const schemaId = new URL(`alignment-data/${version}/dataset.schema.json`, new URL("..", homepage)).href;

type JsonSchema = z.core.JSONSchema.BaseSchema;

/** `oneOf` arms, each an object with a constant discriminator, as one `if`/`then` per arm. */
function byDiscriminator(node: JsonSchema, discriminator: string): void {
  const arms = (node.oneOf ?? []).map((arm) => {
    const property = typeof arm === "object" ? arm.properties?.[discriminator] : undefined;
    const constant = typeof property === "object" ? property.const : undefined;
    if (constant === undefined) {
      throw new Error(
        `datasetJsonSchema: a variant of the union on "${discriminator}" has no constant ${discriminator}`,
      );
    }
    return { arm, constant };
  });
  delete node.oneOf;
  node.type = "object";
  node.allOf = [
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, in a plain JSON object.
    ...arms.map(({ arm, constant }) => ({ if: { properties: { [discriminator]: { const: constant } } }, then: arm })),
    // A value no variant has is an error of the discriminator itself.
    { properties: { [discriminator]: { enum: arms.map(({ constant }) => constant) } }, required: [discriminator] },
  ];
}

/** JSON Schema (draft 2020-12) of the dataset, for consumers outside TypeScript, named by its versioned `$id`. */
export function datasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(DatasetSchema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === "union" && "discriminator" in def && typeof def.discriminator === "string") {
        byDiscriminator(jsonSchema, def.discriminator);
      }
    },
  });
  return { $schema, $id: schemaId, ...schema };
}
