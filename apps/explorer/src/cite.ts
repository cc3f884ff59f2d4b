// How to cite what the explorer shows, as CITATION.cff asks: the essay the facts come from (author, title, date),
// and the record with its id, the version of @alignment/data and its public address; and where the data's
// changelog is read on the web.
import { dataset, formatWhen } from "@alignment/data";
import { homepage, repository } from "@alignment/data/package.json";
import { recordHash } from "./route.ts";

/** The essay, as a reference: "Kathryn Stoner, “Title: Subtitle”, Stanford University, March 2026". */
export function essayReference(): string {
  const { title, subtitle, author, affiliation, published } = dataset.meta;
  return `${author}, \u201c${title}: ${subtitle}\u201d, ${affiliation}, ${formatWhen(published)}`;
}

/**
 * The line to cite a record by. Its address is the public explorer's (the data package's homepage), never the one
 * this page happens to be served from: a copy on a laptop or a USB stick has no address a reader could follow.
 */
export function citation(id: string, version: string): string {
  return `${essayReference()}. Record ${id}, @alignment/data version ${version} (the Alignment developers, CC BY 4.0), ${homepage}${recordHash(id)}`;
}

/** The data package's CHANGELOG on the repository's web pages ("git+https://github.com/o/r.git" is the repository). */
export const CHANGELOG_URL = `${repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/${repository.directory}/CHANGELOG.md`;
