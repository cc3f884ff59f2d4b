// How long parseDataset may take on a hostile input: a second, or, on a machine so loaded that the real dataset
// itself parses slowly, 25 times what the real dataset takes right now. A backtracking pattern costs hundreds of
// times a real parse (8 s against 20 ms), so the bound still catches one without failing on a busy machine.
import { parseDataset } from "../../src/schema.ts";
import { copyOfDataset, essay } from "./essay.ts";

/** Milliseconds parseDataset may spend on one hostile input, measured against the real dataset (with the essay). */
export function parseBudget(): number {
  const data = copyOfDataset();
  const start = performance.now();
  parseDataset(data, { essay });
  return Math.max(1000, 25 * (performance.now() - start));
}
