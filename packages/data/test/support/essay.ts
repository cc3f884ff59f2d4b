import { readFileSync } from "node:fs";
import { dataset } from "../../src/index.ts";
import type { DatasetShape } from "../../src/schema.ts";
import { normaliseForQuoteMatch } from "../../src/schema.ts";

/** The essay as committed, the provenance fixture every quote is checked against. */
export const essay = readFileSync(new URL("../../source/essay.txt", import.meta.url), "utf8");

/** The essay with whitespace, quote marks, markdown links and `\$` escapes normalised, as quotes are matched. */
export const normalisedEssay = normaliseForQuoteMatch(essay);

/** A mutable deep copy of the real dataset, for making one defect at a time. */
export function copyOfDataset(): DatasetShape {
  return structuredClone(dataset) as unknown as DatasetShape;
}
