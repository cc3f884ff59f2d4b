// Runs before `changeset publish` and stops a release that would publish the wrong thing, before anything is
// published: a data change that the versioned changesets under-declare, changesets not yet versioned, or a
// version of the package that the registry already holds. (An invalid dataset has already failed the build.)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkDeclaredBump, DATA_PACKAGE, readPendingChangesets } from "./changesets.mjs";
import { CHANGESET_DIR, currentChanges, hasReleasedSnapshot, PACKAGE_DIR, RELEASED_DIR } from "./datasets.mjs";

function npm(args) {
  return execFileSync("npm", args, { cwd: PACKAGE_DIR, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function registryFor(name) {
  const scope = name.split("/")[0];
  const scoped = npm(["config", "get", `${scope}:registry`]);
  return scoped && scoped !== "undefined" ? scoped : npm(["config", "get", "registry"]);
}

/** Whether the registry already holds `name@version`; a registry that cannot answer stops the release. */
function isPublished(name, version) {
  try {
    return npm(["view", `${name}@${version}`, "version", "--json"]) !== "";
  } catch (error) {
    if (String(error.stderr).includes("E404")) return false;
    throw new Error(`cannot ask ${registryFor(name)} about ${name}@${version}: ${String(error.stderr).trim()}`);
  }
}

const problems = [];
const changesets = readPendingChangesets(relative(process.cwd(), CHANGESET_DIR) || ".");

if (!hasReleasedSnapshot()) {
  problems.push(
    `no released dataset is recorded in ${relative(process.cwd(), RELEASED_DIR)}/, so the next release could ` +
      "not be checked against this one: run pnpm version-packages and commit what it writes, then release",
  );
}

const verdict = checkDeclaredBump({ changes: await currentChanges(), changesets });
if (!verdict.ok) problems.push(verdict.message);

if (changesets.length > 0) {
  const files = changesets.map((c) => c.file).join(", ");
  problems.push(`changesets not yet versioned (${files}): run pnpm version-packages, commit, then release`);
}

const { name, version } = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8"));
if (name !== DATA_PACKAGE) throw new Error(`expected ${DATA_PACKAGE} in ${PACKAGE_DIR}, found ${name}`);
if (problems.length === 0 && isPublished(name, version)) {
  problems.push(
    `${name}@${version} is already published to ${registryFor(name)}: a release needs a new version ` +
      "(add a changeset, then pnpm version-packages)",
  );
}

if (problems.length > 0) {
  console.error(`Release stopped, nothing was published:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`Release check passed: ${name}@${version} is new to ${registryFor(name)}.`);
