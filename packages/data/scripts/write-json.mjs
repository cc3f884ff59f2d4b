// Writes dist/dataset.json and dist/dataset.schema.json from the built package, after validating the dataset
// against the schema and the essay: a build never ships data that fails its own checks.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dataset } from "../dist/index.js";
import { datasetJsonSchema, parseDataset } from "../dist/schema.js";

const essay = readFileSync(new URL("../source/essay.txt", import.meta.url), "utf8");
parseDataset(dataset, { essay });

/** Write beside the target, then rename, so that a failed build never leaves a half-written file. */
function writeAtomic(relative, value) {
  const target = new URL(relative, import.meta.url);
  const temporary = new URL(`${relative}.tmp`, import.meta.url);
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, target);
}

writeAtomic("../dist/dataset.json", dataset);
writeAtomic("../dist/dataset.schema.json", datasetJsonSchema());
