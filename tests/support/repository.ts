// What the repository-level tests share: reading a file of the checkout.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}
