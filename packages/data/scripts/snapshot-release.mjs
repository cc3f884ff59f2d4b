// Records the dataset being versioned as the released one (`pnpm version-packages` runs this right after
// `changeset version`), so that the next data:diff compares with what this version publishes. Formatted by the
// workspace's biome, as every committed file is.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadCurrent, PACKAGE_DIR, RELEASED_DIR } from "./datasets.mjs";

const { dataset, schema } = loadCurrent();
mkdirSync(RELEASED_DIR, { recursive: true });
for (const [name, value] of [
  ["dataset.json", dataset],
  ["dataset.schema.json", schema],
]) {
  writeFileSync(join(RELEASED_DIR, name), `${JSON.stringify(value, null, 2)}\n`);
}
const biome = join(PACKAGE_DIR, "..", "..", "node_modules", ".bin", "biome");
execFileSync(biome, ["format", "--write", RELEASED_DIR], { stdio: "ignore" });
console.log(`Recorded the released dataset in ${relative(process.cwd(), RELEASED_DIR)}/`);
