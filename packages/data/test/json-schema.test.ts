// The JSON Schema is for consumers outside TypeScript, so it is checked with JSON Schema validators (Ajv, and
// hyperjump, which keys schemas by their `$id`) rather than with zod: this proves the published schema works on its
// own, on the JSON that the package publishes.
import { registerSchema, validate as validateAt } from "@hyperjump/json-schema/draft-2020-12";
import { BASIC } from "@hyperjump/json-schema/experimental";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };
import { dataset } from "../src/index.ts";
import { DatasetError, datasetJsonSchema, parseDataset } from "../src/schema.ts";

const schema = datasetJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

type Json = Record<string, Record<string, unknown>[]>;

/** The JSON Schema of a figure quoted from the essay: the `then` of the figures' `if` on origin "essay". */
function quotedFigure(s: Record<string, unknown>): { properties: Record<string, object> } | undefined {
  const collections = s.properties as Record<
    string,
    { items: { allOf: { then?: { properties: Record<string, object> } }[] } }
  >;
  return collections.figures?.items.allOf[0]?.then;
}

/** dataset.json as the build writes it (tsdown.config.ts serialises the same object). */
const json = () => JSON.parse(JSON.stringify(dataset)) as Json;

/** The dataset as hyperjump's JSON type (its own, which no package of ours exports). */
const asJson = (data: Json) => data as never;

/** The first record of a collection, to spoil in place. */
function first(data: Json, collection: string): Record<string, unknown> {
  const found = data[collection]?.[0];
  if (found === undefined) throw new Error(`test setup: no ${collection}`);
  return found;
}

describe("dataset.schema.json", () => {
  it("is a draft 2020-12 schema that a strict validator compiles", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validate).toBe("function");
  });

  it("says on each field how a change to it is versioned: meaning (major) or prose (patch)", () => {
    const quoted = quotedFigure(schema);
    expect(quoted?.properties.unit).toMatchObject({ $comment: "data semver: meaning" });
    expect(quoted?.properties.origin).toMatchObject({ $comment: "data semver: meaning" });
    expect(quoted?.properties.label).toMatchObject({ $comment: "data semver: text" });
    expect(quoted?.properties.quote).toMatchObject({ $comment: "data semver: text" });
    expect(quoted?.properties.value).not.toHaveProperty("$comment");
  });

  it("accepts dataset.json", () => {
    const valid = validate(json());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each<[string, (data: Json) => void]>([
    ["an unknown unit", (d) => Object.assign(first(d, "figures"), { unit: "miles" })],
    ["a value as text", (d) => Object.assign(first(d, "figures"), { value: "43" })],
    ["a missing quote", (d) => delete first(d, "claims").quote],
    ["an empty label", (d) => Object.assign(first(d, "events"), { label: "" })],
    ["an unknown field", (d) => Object.assign(first(d, "entities"), { colour: "red" })],
    ["a bad id", (d) => Object.assign(first(d, "entities"), { id: "North Korea" })],
    [
      "a date written in words",
      (d) => Object.assign(first(d, "events"), { when: { start: "March 2026", precision: "month" } }),
    ],
    ["a figure of unknown origin", (d) => Object.assign(first(d, "figures"), { origin: "guess" })],
    [
      "a comparison with three sides",
      (d) => Object.assign(first(d, "comparisons"), { between: ["russia", "china", "india"] }),
    ],
  ])("rejects %s", (_name, spoil) => {
    const data = json();
    spoil(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });
});

describe("dataset.json and its schema name their version", () => {
  it("carries the data version, the package's", () => {
    expect(json().version).toBe(manifest.version);
  });

  it("names the schema by a versioned $id under the project's public site", () => {
    const site = new URL("..", manifest.homepage).href;
    expect(schema.$id).toBe(`${site}alignment-data/${manifest.version}/dataset.schema.json`);
  });

  it("validates dataset.json in hyperjump, which finds a schema by its $id, and names a wrong field", async () => {
    registerSchema(schema as Parameters<typeof registerSchema>[0]);
    const id = String(schema.$id);
    expect((await validateAt(id, asJson(json()), BASIC)).valid).toBe(true);
    const data = json();
    Object.assign(first(data, "figures"), { unit: "miles" });
    // BASIC output: every error, each with the place in the instance it concerns.
    const output = (await validateAt(id, asJson(data), BASIC)) as {
      valid: boolean;
      errors?: { instanceLocation: string }[];
    };
    expect(output.valid).toBe(false);
    expect(output.errors?.map((error) => error.instanceLocation)).toEqual(["#/figures/0/unit"]);
  });

  it("refuses a version that is not a semantic version", () => {
    expect(validate({ ...json(), version: "latest" })).toBe(false);
    expect(() => parseDataset({ ...json(), version: "latest" })).toThrow(
      /version › \(record\): must be a semantic version/,
    );
  });
});

describe("dataset.schema.json's errors name the field that is wrong, not another variant's discriminator", () => {
  const derivedIndex = json().figures?.findIndex((f) => f.origin === "derived") ?? -1;
  it.each<[string, (data: Json) => void, string]>([
    ["a quoted figure's unknown unit", (d) => Object.assign(first(d, "figures"), { unit: "miles" }), "/figures/0/unit"],
    [
      "a derived figure's unknown unit",
      (d) => Object.assign(d.figures?.[derivedIndex] ?? {}, { unit: "miles" }),
      `/figures/${derivedIndex}/unit`,
    ],
    ["a figure's value as text", (d) => Object.assign(first(d, "figures"), { value: "43" }), "/figures/0/value"],
    ["a figure of unknown origin", (d) => Object.assign(first(d, "figures"), { origin: "guess" }), "/figures/0/origin"],
  ])("%s", (_name, spoil, field) => {
    expect(derivedIndex).toBeGreaterThan(0);
    const data = json();
    spoil(data);
    expect(validate(data)).toBe(false);
    // Every error Ajv finds is the field's, or its record's failing the one variant it is.
    const record = field.slice(0, field.lastIndexOf("/"));
    const paths = validate.errors?.map((e) => e.instancePath) ?? [];
    expect(paths).toContain(field);
    expect(paths.filter((path) => path !== field && path !== record)).toEqual([]);
  });
});

describe("dataset.schema.json and parseDataset agree on the bounds of text and numbers", () => {
  it.each<[string, (data: Json) => void]>([
    ["a label over 750 characters", (d) => Object.assign(first(d, "events"), { label: "a".repeat(751) })],
    ["a quote over 1,250 characters", (d) => Object.assign(first(d, "claims"), { quote: "a".repeat(1251) })],
    ["an id over 160 characters", (d) => Object.assign(first(d, "entities"), { id: "a".repeat(161) })],
    ["a label of zero-width characters", (d) => Object.assign(first(d, "events"), { label: "\u200B\u2060\uFEFF" })],
    ["a NUL in a name", (d) => Object.assign(first(d, "entities"), { name: "Chi\u0000na" })],
    ["an escape in a quote", (d) => Object.assign(first(d, "claims"), { quote: "\u001B[2J" })],
    ["a line break in a label", (d) => Object.assign(first(d, "events"), { label: "two\nlines" })],
    ["a right-to-left override in a label", (d) => Object.assign(first(d, "claims"), { label: "\u202Eevil" })],
    [
      "a bidirectional isolate in a section label",
      (d) => Object.assign(first(d, "sections"), { label: "\u2067x\u2069" }),
    ],
    [
      "a locator offset above 2^53",
      (d) => Object.assign(first(d, "claims"), { locator: { paragraph: 1, start: 0, end: 2 ** 53 + 2 } }),
    ],
  ])("both reject %s", (_name, spoil) => {
    const data = json();
    spoil(data);
    expect(validate(data)).toBe(false);
    expect(() => parseDataset(data)).toThrow(DatasetError);
  });

  it("both accept text at the bounds", () => {
    const data = json();
    Object.assign(first(data, "events"), { label: `${"a".repeat(749)}\u200B` });
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(() => parseDataset(data)).not.toThrow();
  });
});
