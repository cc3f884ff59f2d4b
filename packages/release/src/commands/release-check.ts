// Runs before `changeset publish` and stops a release that would publish the wrong thing, before anything is
// published: a work tree that is not the commit being released (changesets passes pnpm --no-git-checks), a data
// change that the versioned changesets under-declare, changesets not yet versioned, or a version of the package
// that the registry already holds, or that a registry which cannot be asked might hold. (An invalid dataset has
// already failed the build.) `--before-build` checks only the work tree, so that `pnpm release` refuses before it
// builds anything; the full check runs after the build. The decisions are release-guards.ts's; this is the IO.
import { execFileSync } from "node:child_process";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { checkDeclaredBump, DATA_PACKAGE } from "../changesets.ts";
import { currentChanges, hasReleasedSnapshot, packageManifest, packageVersion } from "../datasets.ts";
import { CHANGESET_DIR, DATA_DIR, RELEASED_DIR, WORKSPACE_DIR } from "../paths.ts";
import { readPendingChangesets } from "../read-changesets.ts";
import {
  GIT_STATUS,
  judgeRegistryAnswer,
  packageDocumentUrl,
  parseGitStatus,
  publishRegistry,
  type RegistryAnswer,
  uncommittedProblem,
} from "../release-guards.ts";

/** Long enough for a slow registry, short enough that a silent one stops the release in seconds. */
const REGISTRY_TIMEOUT_MS = 10_000;

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { cwd: WORKSPACE_DIR, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function workTreeProblem(): string | undefined {
  let status: string;
  try {
    status = run("git", GIT_STATUS);
  } catch (error) {
    const { stderr, message } = error as { stderr?: unknown; message?: unknown };
    return `cannot tell whether the work tree is committed: git status failed (${String(stderr ?? message).trim()})`;
  }
  return uncommittedProblem(parseGitStatus(status));
}

function registryOf({ name, publishConfig }: ReturnType<typeof packageManifest>): string {
  const npmConfig = (key: string) => run("npm", ["config", "get", key]).trim();
  const scope = name.split("/")[0];
  return publishRegistry({
    name,
    publishConfig,
    config: { scopeRegistry: npmConfig(`${scope}:registry`), registry: npmConfig("registry") },
  });
}

/** The registry's own answer (never npm's cache, which answers for a registry that is down). */
async function askRegistry(url: string): Promise<RegistryAnswer> {
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(REGISTRY_TIMEOUT_MS),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const { name, cause, message } = error as {
      name?: string;
      message?: unknown;
      cause?: { code?: unknown; message?: unknown };
    };
    if (name === "TimeoutError") return { failure: `no answer within ${REGISTRY_TIMEOUT_MS / 1000} s` };
    return { failure: String(cause?.code ?? cause?.message ?? message) };
  }
}

async function checkAfterBuild(): Promise<{ problems: string[]; passed: string }> {
  const problems: string[] = [];
  const changesets = readPendingChangesets(relative(process.cwd(), CHANGESET_DIR) || ".");

  if (!hasReleasedSnapshot()) {
    problems.push(
      `no released dataset is recorded in ${relative(process.cwd(), RELEASED_DIR)}/, so the next release could ` +
        "not be checked against this one: run pnpm version-packages and commit what it writes, then release",
    );
  }

  const verdict = checkDeclaredBump({ changes: await currentChanges(), changesets, version: packageVersion() });
  if (!verdict.ok) problems.push(verdict.message);

  if (changesets.length > 0) {
    const files = changesets.map((c) => c.file).join(", ");
    problems.push(`changesets not yet versioned (${files}): run pnpm version-packages, commit, then release`);
  }

  const manifest = packageManifest();
  const { name, version } = manifest;
  if (name !== DATA_PACKAGE) throw new Error(`expected ${DATA_PACKAGE} in ${DATA_DIR}, found ${name}`);
  const registry = registryOf(manifest);
  const url = packageDocumentUrl(registry, name);
  const registryVerdict = judgeRegistryAnswer({ url, name, version, answer: await askRegistry(url) });
  if (registryVerdict.state === "unknown") problems.push(registryVerdict.problem);
  if (registryVerdict.state === "published") {
    problems.push(
      `${name}@${version} is already published to ${registry}: a release needs a new version ` +
        "(add a changeset, then pnpm version-packages)",
    );
  }
  return { problems, passed: `${name}@${version} is new to ${registry}` };
}

export async function releaseCheck(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { "before-build": { type: "boolean", default: false } } });
  const treeProblem = workTreeProblem();
  const afterBuild = values["before-build"] ? undefined : await checkAfterBuild();
  const problems = [treeProblem, ...(afterBuild?.problems ?? [])].filter((p) => p !== undefined);

  if (problems.length > 0) {
    console.error(`Release stopped, nothing was published:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`Release check passed: ${afterBuild?.passed ?? "the work tree is committed"}.`);
}
