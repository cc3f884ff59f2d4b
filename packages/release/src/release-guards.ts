// The release check's decisions about the world outside the package, apart from the IO that asks it (git, npm
// config, the registry; in commands/release-check.ts), so that tests can hand them any answer: whether the work tree is
// the commit being released, which registry the package would be published to, and what the registry's answer
// says about the version. A registry that cannot answer stops the release: an answer from a cache, or none,
// could let a release run its lint and tests only to fail at `changeset publish`, or publish twice.

const NPM_REGISTRY = "https://registry.npmjs.org/";
/** How many changed files a refusal names before it says how many more there are. */
const LISTED_FILES = 20;

/** The porcelain v1 status letters, as a person would say them. */
const STATES: Record<string, string> = {
  M: "modified",
  T: "type changed",
  A: "added",
  D: "deleted",
  R: "renamed",
  C: "copied",
  U: "unmerged",
};

/** The git command whose output parseGitStatus reads: every file, not just its directory, NUL-separated. */
export const GIT_STATUS: readonly string[] = ["status", "--porcelain=v1", "-z", "--untracked-files=all"];

export interface ChangedFile {
  /** From the repository root; a rename's is `old -> new`. */
  path: string;
  /** "untracked", "modified", "added", "deleted", "renamed", ... */
  state: string;
}

/** An HTTP answer, or why there was none ("ECONNREFUSED", "no answer within 10 s"). */
export type RegistryAnswer = { status: number; body: string } | { failure: string };

export type RegistryVerdict = { state: "published" | "new" } | { state: "unknown"; problem: string };

/**
 * The files that GIT_STATUS lists (everything neither committed nor ignored), with what happened to each:
 * `{ path, state }`, a rename's path being `old -> new`.
 */
export function parseGitStatus(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field === undefined || field === "") continue;
    const [index = " ", tree = " "] = [field[0], field[1]];
    const path = field.slice(3);
    if (index === "?") {
      files.push({ path, state: "untracked" });
      continue;
    }
    // A rename or copy is followed by the path it came from, in a field of its own.
    const moved = "RC".includes(index) || "RC".includes(tree);
    const from = moved ? fields[++i] : undefined;
    const letter = index === " " ? tree : index;
    files.push({
      path: from === undefined ? path : `${from} -> ${path}`,
      state: STATES[letter] ?? `status ${field.slice(0, 2)}`,
    });
  }
  return files;
}

/** Why the release must not go on from this work tree, or undefined when every file in it is committed. */
export function uncommittedProblem(files: readonly ChangedFile[]): string | undefined {
  if (files.length === 0) return undefined;
  const width = Math.max(...files.map((f) => f.state.length));
  const listed = files.slice(0, LISTED_FILES).map((f) => `    ${f.state.padEnd(width)}  ${f.path}`);
  if (files.length > LISTED_FILES) listed.push(`    … and ${files.length - LISTED_FILES} more`);
  return (
    `the work tree has ${files.length} file${files.length === 1 ? "" : "s"} that ${files.length === 1 ? "is" : "are"} ` +
    "not committed, so what would be published is not the commit that the release tags: commit them (or stash " +
    "them, with --include-untracked), then release\n" +
    listed.join("\n")
  );
}

/** npm prints "undefined" for a setting that is not set. */
function setting(value: string | undefined): string | undefined {
  return value === undefined || value === "" || value === "undefined" ? undefined : value;
}

/**
 * The registry that `changeset publish` publishes `name` to: the package's own `publishConfig` for its scope,
 * then npm's setting for the scope (which npm and pnpm prefer to any plain `registry` setting for a scoped
 * package), then `publishConfig.registry`, then npm's `registry`. Always with a trailing slash.
 */
export function publishRegistry({
  name,
  publishConfig = {},
  config,
}: {
  name: string;
  publishConfig?: Record<string, unknown> | undefined;
  config: { scopeRegistry?: string; registry?: string };
}): string {
  const scope = name.startsWith("@") ? name.split("/")[0] : undefined;
  const fromPackage = (key: string) => {
    const value = publishConfig[key];
    return typeof value === "string" ? setting(value) : undefined;
  };
  const registry =
    (scope && (fromPackage(`${scope}:registry`) ?? setting(config.scopeRegistry))) ??
    fromPackage("registry") ??
    setting(config.registry) ??
    NPM_REGISTRY;
  return registry.endsWith("/") ? registry : `${registry}/`;
}

/** The URL of the registry's document for a package, the one `npm view` and `npm install` read. */
export function packageDocumentUrl(registry: string, name: string): string {
  return new URL(name.replace("/", "%2f"), registry).href;
}

/**
 * What the registry's answer about `name` says of `version`: `published`, `new` (the registry holds no such
 * package: 404), or `unknown`, with the problem to report, for anything else: no answer, an error status, a
 * document that is not a package's.
 */
export function judgeRegistryAnswer({
  url,
  name,
  version,
  answer,
}: {
  url: string;
  name: string;
  version: string;
  answer: RegistryAnswer;
}): RegistryVerdict {
  const unknown = (why: string): RegistryVerdict => ({
    state: "unknown",
    problem: `cannot tell whether ${name}@${version} is already published: ${url} ${why}; release when it answers`,
  });
  if ("failure" in answer) return unknown(`could not be asked (${answer.failure})`);
  if (answer.status === 404) return { state: "new" };
  if (answer.status !== 200) return unknown(`answered HTTP ${answer.status}`);
  let document: { versions?: unknown } | null;
  try {
    document = JSON.parse(answer.body) as { versions?: unknown } | null;
  } catch {
    return unknown("answered with something that is not JSON");
  }
  const versions = document?.versions;
  if (typeof versions !== "object" || versions === null) return unknown("answered with no list of versions");
  return { state: Object.hasOwn(versions, version) ? "published" : "new" };
}
