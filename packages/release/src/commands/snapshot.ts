// `alignment-release snapshot`: records the dataset being versioned as the released one; `pnpm version-packages`
// runs it right after `changeset version`.
import { relative } from "node:path";
import { writeReleasedSnapshot } from "../datasets.ts";
import { RELEASED_DIR } from "../paths.ts";

export function snapshot(): void {
  writeReleasedSnapshot();
  console.log(`Recorded the released dataset in ${relative(process.cwd(), RELEASED_DIR)}/`);
}
