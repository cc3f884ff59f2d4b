// A throwaway copy of the workspace's release machinery (root scripts, turbo, biome and changesets config,
// packages/release and packages/data with its sources) in a git repository of its own, so that the tests can
// version, edit and publish without touching the real checkout. Its node_modules are links to the real ones: the
// same tools at the same versions, nothing installed. (The release tool's bin reached through them is the real
// checkout's build; it acts on the workspace it runs in, this copy.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot as REPO_ROOT } from "@alignment/devkit/paths";
import { type Run, runChecked, run as runCommand } from "@alignment/devkit/processes";
import type { Registry } from "./registry.ts";

const DATA = join("packages", "data");
const RELEASE = join("packages", "release");
const ROOT_FILES = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  "turbo.json",
  "biome.json",
  "tsconfig.base.json",
  ".gitignore",
];
const NOT_COPIED = new Set(["node_modules", "dist", ".turbo", "released"]);

export interface ReleaseWorkspace {
  dir: string;
  /**
   * Runs a command in the workspace root with the registry's user config, as a maintainer would; `env` adds to
   * or overrides its environment (another npm user config, say).
   */
  run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Run>;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Commits everything, as a maintainer does between versioning and releasing. */
  commit(message: string): Promise<void>;
  remove(): void;
}

/**
 * The environment without the npm, pnpm and turbo settings that the runner of these tests passed down (`npx` sets
 * npm_config_userconfig, turbo its task hash), so that the commands here see only the configuration given to them.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const inherited = /^((npm|pnpm)_config_|npm_package_|turbo_)/i;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !inherited.test(name)));
}

export async function createReleaseWorkspace(registry: Registry): Promise<ReleaseWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), "alignment-release-"));
  for (const file of ROOT_FILES) cpSync(join(REPO_ROOT, file), join(dir, file));
  mkdirSync(join(dir, ".changeset"));
  for (const file of ["config.json", "README.md"]) {
    cpSync(join(REPO_ROOT, ".changeset", file), join(dir, ".changeset", file));
  }
  for (const pkg of [DATA, RELEASE]) {
    cpSync(join(REPO_ROOT, pkg), join(dir, pkg), {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(source.split("/").pop() ?? ""),
    });
    symlinkSync(join(REPO_ROOT, pkg, "node_modules"), join(dir, pkg, "node_modules"));
  }
  // The release has just been versioned: the released snapshot is the current data. The real repository's own
  // pending state is the business of the guard test, not of this round trip.
  cpSync(join(REPO_ROOT, DATA, "dist"), join(dir, DATA, "dist"), { recursive: true });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"));

  const env = {
    ...cleanEnvironment(),
    npm_config_userconfig: registry.npmrc,
    "npm_config_@alignment:registry": registry.url,
    // The links above are not an install pnpm recorded: running a script must not try to "repair" them.
    pnpm_config_verify_deps_before_run: "false",
    npm_config_verify_deps_before_run: "false",
    TURBO_TELEMETRY_DISABLED: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    GIT_AUTHOR_NAME: "Release Test",
    GIT_AUTHOR_EMAIL: "release-test@example.invalid",
    GIT_COMMITTER_NAME: "Release Test",
    GIT_COMMITTER_EMAIL: "release-test@example.invalid",
  };
  // Run without blocking this process: the registry under test lives in it.
  const run = (command: string, args: string[], overrides: NodeJS.ProcessEnv = {}) =>
    runCommand(command, args, { cwd: dir, env: { ...env, ...overrides } });
  const must = (command: string, args: string[]) => runChecked(command, args, { cwd: dir, env });

  await must("pnpm", ["exec", "alignment-release", "snapshot"]);
  await must("git", ["init", "--quiet", "--initial-branch=main"]);
  const workspace: ReleaseWorkspace = {
    dir,
    run,
    read: (path) => readFileSync(join(dir, path), "utf8"),
    write: (path, text) => writeFileSync(join(dir, path), text),
    async commit(message) {
      await must("git", ["add", "--all"]);
      await must("git", ["commit", "--quiet", "--allow-empty", "-m", message]);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  await workspace.commit("The workspace as released");
  return workspace;
}
