// Where the two datasets of a data diff come from. The current one is the build's dist/dataset.json. The released
// one is a snapshot committed beside the package, released/dataset.json (with its JSON Schema), which
// `pnpm version-packages` rewrites when it versions a release: a fresh clone, a shallow CI checkout with no tags
// and an offline laptop all have it, and a pull request shows the data change next to the version bump. Any
// other base can be named: a file or directory holding dataset.json, or a git revision whose snapshot to use.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { diffDatasets, diffSchemas, sortChanges } from "./data-semver.mjs";

export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST_DIR = join(PACKAGE_DIR, "dist");
export const RELEASED_DIR = join(PACKAGE_DIR, "released");
export const CHANGESET_DIR = join(PACKAGE_DIR, "..", "..", ".changeset");
const SOURCE_DIR = join(PACKAGE_DIR, "src");
const DATASET = "dataset.json";
const SCHEMA = "dataset.schema.json";

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The data package's version as its package.json states it now. */
export function packageVersion() {
  return readJson(join(PACKAGE_DIR, "package.json")).version;
}

function newestModification(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The dataset and schema of the current build; refuses a build older than the sources it came from. */
export function loadCurrent() {
  const datasetFile = join(DIST_DIR, DATASET);
  if (!existsSync(datasetFile)) {
    throw new Error(`${relative(process.cwd(), datasetFile)} is missing: build the package first (pnpm build)`);
  }
  if (newestModification(SOURCE_DIR) > statSync(datasetFile).mtimeMs) {
    throw new Error(`${relative(process.cwd(), datasetFile)} is older than src/: rebuild it first (pnpm build)`);
  }
  return { dataset: readJson(datasetFile), schema: readJson(join(DIST_DIR, SCHEMA)) };
}

function fromGit(revision) {
  const show = (name) => {
    const path = relative(gitRoot(), join(RELEASED_DIR, name)).split("\\").join("/");
    return execFileSync("git", ["show", `${revision}:${path}`], {
      cwd: PACKAGE_DIR,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  };
  return { dataset: JSON.parse(show(DATASET)), schema: JSON.parse(show(SCHEMA)) };
}

function gitRoot() {
  return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: PACKAGE_DIR, encoding: "utf8" }).trim();
}

/**
 * The released dataset to compare with: by default the committed snapshot; `base` may name a dataset.json, a
 * directory holding one (and its schema), or a git revision (a tag such as `@alignment/data@0.1.0`, `HEAD~3`).
 */
function loadReleased(base) {
  if (base === undefined) return loadDirectory(RELEASED_DIR);
  const path = resolve(base);
  if (existsSync(path)) {
    return statSync(path).isDirectory()
      ? loadDirectory(path)
      : {
          dataset: readJson(path),
          schema: existsSync(join(dirname(path), SCHEMA)) ? readJson(join(dirname(path), SCHEMA)) : undefined,
        };
  }
  try {
    return fromGit(base);
  } catch (error) {
    const reason = String(error.stderr ?? error.message)
      .trim()
      .split("\n")[0];
    throw new Error(`base "${base}" is neither a file nor a git revision holding the released snapshot (${reason})`);
  }
}

function loadDirectory(directory) {
  const datasetFile = join(directory, DATASET);
  if (!existsSync(datasetFile)) {
    throw new Error(`no released dataset at ${relative(process.cwd(), datasetFile)}`);
  }
  const schemaFile = join(directory, SCHEMA);
  return { dataset: readJson(datasetFile), schema: existsSync(schemaFile) ? readJson(schemaFile) : undefined };
}

/** Whether a release has been recorded: `pnpm version-packages` writes the snapshot, the first time included. */
export function hasReleasedSnapshot() {
  return existsSync(join(RELEASED_DIR, DATASET));
}

/**
 * Every change from the released dataset (or `base`) to the current build, schema changes included; none before
 * the first release is recorded, when there is nothing to compare with.
 */
export async function currentChanges(base) {
  if (base === undefined && !hasReleasedSnapshot()) return [];
  const released = loadReleased(base);
  const current = loadCurrent();
  const { formatValue } = await import(pathToFileURL(join(DIST_DIR, "index.js")).href);
  const schemaChanges = released.schema === undefined ? [] : diffSchemas(released.schema, current.schema);
  return sortChanges([...schemaChanges, ...diffDatasets(released.dataset, current.dataset, { formatValue })]);
}
