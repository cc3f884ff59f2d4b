// Where the project lives in public, derived from the one place that names it: the root package.json's
// `repository`. The published package's links, CITATION.cff and the workflows must agree with it (a test in
// tests/repository checks that they do); pages.yml asks this script for the explorer's URL that the deck's source
// links point at. `tsx scripts/public-home.ts <key>` prints one value, e.g. `explorer`.
import { readFileSync } from "node:fs";

const GITHUB = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/;

/** The public addresses, from a `repository` field of the form git+https://github.com/<owner>/<name>.git. */
function publicHome(repository: unknown) {
  const url = typeof repository === "string" ? repository : (repository as { url?: unknown } | undefined)?.url;
  const match = typeof url === "string" ? GITHUB.exec(url) : null;
  if (match === null) {
    throw new Error(`package.json: repository.url must be git+https://github.com/<owner>/<name>.git, not ${url}`);
  }
  const [, owner = "", name = ""] = match;
  const code = `https://github.com/${owner}/${name}`;
  // GitHub Pages serves a project repository's site at https://<owner>.github.io/<name>/.
  const site = `https://${owner.toLowerCase()}.github.io/${name}/`;
  return {
    repository: `${owner}/${name}`,
    git: match[0],
    code,
    issues: `${code}/issues`,
    site,
    explorer: `${site}explorer/`,
  };
}

/** The public addresses of this repository. */
function repositoryHome() {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return publicHome(manifest.repository);
}

const key = process.argv[2] ?? "";
const home = repositoryHome();
if (!(key in home)) {
  console.error(`usage: tsx scripts/public-home.ts <${Object.keys(home).join("|")}>`);
  process.exit(1);
}
console.log(home[key as keyof typeof home]);
