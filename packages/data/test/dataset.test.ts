import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../src/index.ts";
import { parseDataset } from "../src/schema.ts";

const essay = readFileSync(new URL("../source/essay.txt", import.meta.url), "utf8");

describe("the dataset", () => {
  it("passes the schema and every cross-record rule, quotes checked against the essay", () => {
    expect(() => parseDataset(dataset, { essay })).not.toThrow();
  });
});
