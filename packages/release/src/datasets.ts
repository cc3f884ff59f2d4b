// Where the two datasets of a data diff come from. The current one is the build's dist/dataset.json. The released
// one is a snapshot committed beside the package, released/dataset.json (with its JSON Schema), which
// `pnpm version-packages` rewrites when it versions a release: a fresh clone, a shallow CI checkout with no tags
// and an offline laptop all have it, and a pull request shows the data change next to the version bump. Any
// other base can be named: a file or directory holding dataset.json, or a git revision whose snapshot to use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DATA_DIR, DATA_DIST_DIR, DATA_SOURCE_DIR, RELEASED_DIR, WORKSPACE_DIR } from "./paths.ts";
import { type Change, type DatasetLike, diffDatasets, diffSchemas, type FormatValue, sortChanges } from "./semver.ts";

const DATASET = "dataset.json";
const SCHEMA = "dataset.schema.json";

/** A dataset and, when there is one beside it, its JSON Schema. */
interface Snapshot {
  dataset: DatasetLike;
  schema: unknown;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The data package's manifest as it stands now: its name, version and publishConfig. */
export function packageManifest(): { name: string; version: string; publishConfig?: Record<string, unknown> } {
  return readJson(join(DATA_DIR, "package.json")) as ReturnType<typeof packageManifest>;
}

/** The data package's version as its package.json states it now. */
export function packageVersion(): string {
  return packageManifest().version;
}

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The dataset and schema of the current build; refuses a build older than the sources it came from, or of
 * another version than the package's.
 */
export function loadCurrent(): Snapshot {
  const datasetFile = join(DATA_DIST_DIR, DATASET);
  if (!existsSync(datasetFile)) {
    throw new Error(`${relative(process.cwd(), datasetFile)} is missing: build the package first (pnpm build)`);
  }
  if (newestModification(DATA_SOURCE_DIR) > statSync(datasetFile).mtimeMs) {
    throw new Error(`${relative(process.cwd(), datasetFile)} is older than src/: rebuild it first (pnpm build)`);
  }
  const dataset = readJson(datasetFile) as DatasetLike;
  // `changeset version` has just moved the version on: the snapshot must carry the version it releases.
  if (dataset.version !== packageVersion()) {
    throw new Error(
      `${relative(process.cwd(), datasetFile)} is of version ${String(dataset.version)}, the package is at ` +
        `${packageVersion()}: rebuild it first (pnpm build)`,
    );
  }
  return { dataset, schema: readJson(join(DATA_DIST_DIR, SCHEMA)) };
}

function fromGit(revision: string): Snapshot {
  const show = (name: string) => {
    const path = relative(gitRoot(), join(RELEASED_DIR, name)).split("\\").join("/");
    return execFileSync("git", ["show", `${revision}:${path}`], {
      cwd: DATA_DIR,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  };
  return { dataset: JSON.parse(show(DATASET)), schema: JSON.parse(show(SCHEMA)) };
}

function gitRoot(): string {
  return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: DATA_DIR, encoding: "utf8" }).trim();
}

/**
 * The released dataset to compare with: by default the committed snapshot; `base` may name a dataset.json, a
 * directory holding one (and its schema), or a git revision (a tag such as `@alignment/data@0.1.0`, `HEAD~3`).
 */
function loadReleased(base: string | undefined): Snapshot {
  if (base === undefined) return loadDirectory(RELEASED_DIR);
  const path = resolve(base);
  if (existsSync(path)) {
    return statSync(path).isDirectory()
      ? loadDirectory(path)
      : {
          dataset: readJson(path) as DatasetLike,
          schema: existsSync(join(dirname(path), SCHEMA)) ? readJson(join(dirname(path), SCHEMA)) : undefined,
        };
  }
  try {
    return fromGit(base);
  } catch (error) {
    const { stderr, message } = error as { stderr?: unknown; message?: unknown };
    const reason = String(stderr ?? message)
      .trim()
      .split("\n")[0];
    throw new Error(`base "${base}" is neither a file nor a git revision holding the released snapshot (${reason})`);
  }
}

function loadDirectory(directory: string): Snapshot {
  const datasetFile = join(directory, DATASET);
  if (!existsSync(datasetFile)) {
    throw new Error(`no released dataset at ${relative(process.cwd(), datasetFile)}`);
  }
  const schemaFile = join(directory, SCHEMA);
  return {
    dataset: readJson(datasetFile) as DatasetLike,
    schema: existsSync(schemaFile) ? readJson(schemaFile) : undefined,
  };
}

/** Whether a release has been recorded: `pnpm version-packages` writes the snapshot, the first time included. */
export function hasReleasedSnapshot(): boolean {
  return existsSync(join(RELEASED_DIR, DATASET));
}

/**
 * Every change from the released dataset (or `base`) to the current build, schema changes included; none before
 * the first release is recorded, when there is nothing to compare with.
 */
export async function currentChanges(base?: string): Promise<Change[]> {
  if (base === undefined && !hasReleasedSnapshot()) return [];
  const released = loadReleased(base);
  const current = loadCurrent();
  // The build being released, not a copy of the package this tool was installed with.
  const { formatValue } = (await import(pathToFileURL(join(DATA_DIST_DIR, "index.js")).href)) as {
    formatValue: FormatValue;
  };
  const schemaChanges = released.schema === undefined ? [] : diffSchemas(released.schema, current.schema);
  return sortChanges([
    ...schemaChanges,
    ...diffDatasets(released.dataset, current.dataset, { schema: current.schema, formatValue }),
  ]);
}

/**
 * Records the current build as the released dataset (`pnpm version-packages` does it right after `changeset
 * version`), so that the next data:diff compares with what this version publishes; formatted by the workspace's
 * biome, as every committed file is.
 */
export function writeReleasedSnapshot(): void {
  const { dataset, schema } = loadCurrent();
  mkdirSync(RELEASED_DIR, { recursive: true });
  writeFileSync(join(RELEASED_DIR, DATASET), `${JSON.stringify(dataset, null, 2)}\n`);
  writeFileSync(join(RELEASED_DIR, SCHEMA), `${JSON.stringify(schema, null, 2)}\n`);
  const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
  execFileSync(process.execPath, [biome, "format", "--write", RELEASED_DIR], { cwd: WORKSPACE_DIR, stdio: "ignore" });
}
