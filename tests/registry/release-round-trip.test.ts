// The release path for real: `pnpm release` from a copy of the workspace publishes @alignment/data to a local
// verdaccio; scratch consumers install it with npm and read a figure five ways; a corrected value becomes a patch
// release through `pnpm data:diff --changeset`, `pnpm version-packages` and `pnpm release`, and an upgraded
// consumer sees it. Then the ways a release must refuse: a work tree not committed, a registry that cannot say
// whether the version is published (down, failing, silent), a version already published, an invalid dataset, an
// under-declared changeset — each stopped early, with a clear message, and nothing published.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { type Figure, figure, formatValue } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import { startServer } from "@alignment/devkit/serve";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Consumer, createConsumer } from "./consumer.ts";
import { httpRequest, type Registry, startBrokenRegistry, startRegistry } from "./registry.ts";
import { createReleaseWorkspace, type ReleaseWorkspace } from "./release-workspace.ts";

const PACKAGE = "@alignment/data";
/** The figure every consumer reads, and the one the second release corrects. */
const FIGURE_ID = "border.length";
const CONTENT_DIR = join("packages", "data", "src", "content");

let registry: Registry;
let workspace: ReleaseWorkspace;
let consumer: Consumer;

beforeAll(async () => {
  registry = await startRegistry();
  workspace = await createReleaseWorkspace(registry);
  consumer = createConsumer(registry.url, FIGURE_ID);
});

afterAll(async () => {
  // Each step on its own, so that one failing still lets the others, and verdaccio's stop, happen.
  consumer?.remove();
  workspace?.remove();
  await registry?.stop();
});

function packageVersion(): string {
  return (JSON.parse(workspace.read("packages/data/package.json")) as { version: string }).version;
}

async function publishedVersions(): Promise<string[]> {
  return Object.keys((await registry.packument(PACKAGE))?.versions ?? {});
}

async function textShownByApp(site: string): Promise<string> {
  // The repository's static server, the one behind `pnpm start`, on a free port of 127.0.0.1.
  const server = await startServer({ port: 0, mounts: [{ prefix: "/", dir: site }] });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector("#figure")?.textContent !== "");
    expect(errors).toEqual([]);
    return (await page.textContent("#figure")) ?? "";
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Replaces one field of one record in the content sources, as a maintainer correcting it would. */
function editRecord(id: string, field: string, literal: string): void {
  const files = execFileSync("git", ["ls-files", CONTENT_DIR], { cwd: workspace.dir, encoding: "utf8" }).split("\n");
  const file = files.find((f) => f !== "" && workspace.read(f).includes(`id: "${id}"`));
  if (file === undefined) throw new Error(`no content file defines "${id}"`);
  const text = workspace.read(file);
  const start = text.indexOf(`id: "${id}"`);
  const end = text.indexOf("id: ", start + 1);
  const record = text.slice(start, end === -1 ? undefined : end);
  const edited = record.replace(new RegExp(`\\b${field}: [^,\\n]+,`), `${field}: ${literal},`);
  if (edited === record) throw new Error(`"${id}" has no ${field} line in ${file}`);
  workspace.write(file, text.slice(0, start) + edited + (end === -1 ? "" : text.slice(end)));
}

/**
 * Applies an erratum to the essay's number everywhere the package states it: the essay source, the record, the
 * package's tests and docs. (The package's own tests pin every figure to the essay, as they should: a value
 * corrected in the data alone would fail them, and the release with them.)
 */
function applyErratum(from: number, to: number): void {
  // As the essay, the code and the tests may write the number: plain, and as a few locales print it.
  const writings = (n: number) => [String(n), ...["en-US", "de-DE", "fr-FR"].map((l) => n.toLocaleString(l))];
  const [fromForms, toForms] = [writings(from), writings(to)];
  const pairs = fromForms
    .map((written, i) => ({
      pattern: new RegExp(`(?<![\\d.,])${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d]|[.,]\\d)`, "g"),
      replacement: toForms[i] ?? "",
    }))
    .filter((pair, i) => fromForms.indexOf(fromForms[i] ?? "") === i && pair.replacement !== "");
  const root = join("packages", "data");
  const files = readdirSync(join(workspace.dir, root), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(workspace.dir, join(entry.parentPath, entry.name)))
    .filter((path) => !/(^|\/)(node_modules|dist|released|\.turbo)\//.test(path))
    // The locators are written from the essay, not by hand: the maintainer rewrites them (below).
    .filter((path) => !path.endsWith(join("src", "content", "locators.ts")));
  for (const file of files) {
    const text = workspace.read(file);
    const corrected = pairs.reduce((t, { pattern, replacement }) => t.replace(pattern, replacement), text);
    if (corrected !== text) workspace.write(file, corrected);
  }
  expect(workspace.read(join(root, "source", "essay.txt"))).toContain(to.toLocaleString("en-US"));
}

const original: Figure = figure(FIGURE_ID);
/** An odd correction, so that it collides with no other number the package's tests use. */
const corrected = { ...original, value: original.value + 37 };

/** Each release builds, lints and tests the package on a shared two-core machine: minutes, not seconds. */
const RELEASE_STEP = { timeout: 360_000 };
/**
 * A release refused for its registry has built the package (a turbo cache hit by then) and asked the registry
 * once: seconds. (npm's own retries against a registry that was down took over a minute.)
 */
const REFUSED_WITHIN_S = 45;

describe("publishing @alignment/data to a real registry", RELEASE_STEP, () => {
  let firstVersion: string;

  it("publishes the current version with `pnpm release`", async () => {
    firstVersion = packageVersion();
    const release = await workspace.run("pnpm", ["release"]);
    expect(release.code, release.output).toBe(0);
    expect(release.output, "the registry had never heard of it (404)").toContain(
      `${PACKAGE}@${firstVersion} is new to ${registry.url}`,
    );
    expect(await publishedVersions()).toEqual([firstVersion]);
    expect((await registry.packument(PACKAGE))?.["dist-tags"].latest).toBe(firstVersion);
  });

  it("ships only what consumers need in the tarball", async () => {
    const packument = await registry.packument(PACKAGE);
    const tarballUrl = packument?.versions[firstVersion]?.dist.tarball;
    expect(tarballUrl).toBeDefined();
    const { body: tarball } = await httpRequest(tarballUrl ?? "");
    const files = execFileSync("tar", ["-tzf", "-"], { input: tarball, encoding: "utf8" }).trim().split("\n");
    for (const needed of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "schema.js", "schema.cjs"]) {
      expect(files).toContain(`package/dist/${needed}`);
    }
    expect(files).toContain("package/dist/dataset.json");
    expect(files).toContain("package/dist/dataset.schema.json");
    expect(files).toContain("package/LICENSE");
    expect(files).toContain("package/DATA-LICENSE.md");
    const unexpected = files.filter(
      // dist/ holds one file per module (dist/content/... too), so that bundlers drop what a consumer does not use.
      (f) => !/^package\/(package\.json|README\.md|LICENSE|DATA-LICENSE\.md|dist\/(?:[^/]+\/)*[^/]+)$/.test(f),
    );
    expect(unexpected, "the essay source, tests, scripts, config and snapshots stay out").toEqual([]);

    const manifest = execFileSync("tar", ["-xzOf", "-", "package/package.json"], { input: tarball, encoding: "utf8" });
    expect(manifest).not.toContain("workspace:");
  });

  it("installs into a scratch consumer, which reads a figure from ESM and CommonJS", async () => {
    await consumer.install(firstVersion);
    expect(consumer.installedVersion()).toBe(firstVersion);
    expect(await consumer.runEsm()).toBe(formatValue(original));
    expect(await consumer.runCjs()).toBe(formatValue(original));
  });

  it("type-checks in the consumer under moduleResolution node16 and bundler", async () => {
    expect(await consumer.typecheck("node16")).toBe("");
    expect(await consumer.typecheck("bundler")).toBe("");
  });

  it("builds into a Vite app that shows the figure", async () => {
    expect(await textShownByApp(await consumer.buildApp())).toBe(formatValue(original));
  });

  it("releases a corrected value as a patch, whose changelog lists the record", async () => {
    applyErratum(original.value, corrected.value);
    // The essay's text changed, so its SHA-256 and the locators are written anew, as the README says to.
    // (`pnpm --filter @alignment/data locate` is that test run; pnpm refuses to run tasks in this scratch workspace,
    // whose node_modules are links to the repository's, so the test runner is called as the script calls it.)
    const located = await workspace.run("node", [
      "packages/data/node_modules/vitest/vitest.mjs",
      "run",
      "--root",
      "packages/data",
      "test/locators.test.ts",
      "--update",
      "--testNamePattern",
      "is what the essay and the quotes give",
    ]);
    expect(located.code, located.output).toBe(0);

    const diff = await workspace.run("pnpm", [
      "data:diff",
      "--changeset",
      "Correct the length of the Russia-China border",
    ]);
    expect(diff.code, diff.output).toBe(0);
    expect(diff.stdout).toContain(`${FIGURE_ID}`);
    expect(diff.stdout).toContain(`value ${formatValue(original)} -> ${formatValue(corrected)}`);
    expect(diff.stdout).toContain("required bump: patch");

    const versioned = await workspace.run("pnpm", ["version-packages"]);
    expect(versioned.code, versioned.output).toBe(0);
    const secondVersion = packageVersion();
    const [major, minor, patch] = firstVersion.split(".").map(Number) as [number, number, number];
    expect(secondVersion).toBe(`${major}.${minor}.${patch + 1}`);
    const changelog = workspace.read("packages/data/CHANGELOG.md");
    expect(changelog).toContain(`## ${secondVersion}`);
    expect(changelog).toContain(`\`${FIGURE_ID}\`: value ${formatValue(original)} -> ${formatValue(corrected)}`);
    expect((await workspace.run("pnpm", ["data:diff"])).stdout, "the snapshot now holds the correction").toContain(
      "No data change",
    );
    await workspace.commit(`Version ${secondVersion}`);

    const release = await workspace.run("pnpm", ["release"]);
    expect(release.code, release.output).toBe(0);
    expect(await publishedVersions()).toEqual([firstVersion, secondVersion]);

    // The release left a git tag; the diff against it is the one this release published.
    const sinceTag = await workspace.run("pnpm", ["data:diff", `${PACKAGE}@${firstVersion}`]);
    expect(sinceTag.code, sinceTag.output).toBe(0);
    expect(sinceTag.stdout).toContain(`value ${formatValue(original)} -> ${formatValue(corrected)}`);

    await consumer.install(secondVersion);
    expect(consumer.installedVersion()).toBe(secondVersion);
    expect(await consumer.runEsm()).toBe(formatValue(corrected));
    expect(await consumer.runCjs()).toBe(formatValue(corrected));
  });
});

describe("a release that must not happen publishes nothing", RELEASE_STEP, () => {
  /**
   * Runs `pnpm release` (with `env` added), expects it to fail before the build or before lint and tests, and the
   * registry to be untouched.
   */
  async function expectRefused(stopsBefore: "build" | "lint", env: NodeJS.ProcessEnv = {}): Promise<string> {
    const before = await registry.packument(PACKAGE);
    const release = await workspace.run("pnpm", ["release"], env);
    expect(release.code, release.output).not.toBe(0);
    expect(release.output, "it stops before lint and tests").not.toContain(`${PACKAGE}:lint`);
    if (stopsBefore === "build") expect(release.output, "it stops before the build").not.toContain(`${PACKAGE}:build`);
    expect(await registry.packument(PACKAGE)).toEqual(before);
    return release.output;
  }

  /** Commits an edit, as a maintainer does before releasing it, and afterwards commits its undoing. */
  async function withCommitted(edit: () => void, undo: () => void, release: () => Promise<void>): Promise<void> {
    edit();
    await workspace.commit("An edit to release");
    try {
      await release();
    } finally {
      undo();
      await workspace.commit("The edit undone");
    }
  }

  it("refuses a work tree with files not committed, naming them, before it builds anything", async () => {
    const readme = workspace.read("packages/data/README.md");
    workspace.write("packages/data/README.md", `${readme}\nA note not yet committed.\n`);
    mkdirSync(join(workspace.dir, "notes"));
    workspace.write("notes/draft figure.md", "A draft.\n");
    // Ignored files are no part of the commit: they are not named.
    mkdirSync(join(workspace.dir, "packages", "data", "coverage"));
    workspace.write("packages/data/coverage/index.html", "<p>coverage</p>\n");
    try {
      const output = await expectRefused("build");
      expect(output).toContain("Release stopped, nothing was published");
      expect(output).toContain("the work tree has 2 files that are not committed");
      expect(output).toMatch(/modified +packages\/data\/README\.md/);
      expect(output).toMatch(/untracked +notes\/draft figure\.md/);
      expect(output).not.toContain("coverage");
    } finally {
      workspace.write("packages/data/README.md", readme);
      for (const dir of ["notes", "packages/data/coverage"]) rmSync(join(workspace.dir, dir), { recursive: true });
    }
  });

  it.each([
    ["is down", "down", /could not be asked \(ECONNREFUSED\)/],
    ["answers HTTP 500", "failing", /answered HTTP 500/],
    ["never answers", "silent", /no answer within \d+ s/],
  ] as const)("refuses, naming the registry, when the registry %s", async (_, kind, why) => {
    const broken = await startBrokenRegistry(kind);
    try {
      const started = performance.now();
      const output = await expectRefused("lint", { npm_config_userconfig: broken.npmrc });
      const seconds = (performance.now() - started) / 1000;
      expect(seconds, `refused after ${seconds.toFixed(1)} s:\n${output}`).toBeLessThan(REFUSED_WITHIN_S);
      expect(output).toContain(`cannot tell whether ${PACKAGE}@${packageVersion()} is already published`);
      expect(output).toContain(`${broken.url}@alignment%2fdata`);
      expect(output).toMatch(why);
    } finally {
      await broken.stop();
    }
  });

  it("refuses a version that is already published", async () => {
    const output = await expectRefused("lint");
    expect(output).toContain(`${PACKAGE}@${packageVersion()} is already published to ${registry.url}`);
  });

  it("refuses an invalid dataset, naming the record and field", async () => {
    await withCommitted(
      () => editRecord(FIGURE_ID, "value", String(-corrected.value)),
      () => editRecord(FIGURE_ID, "value", String(corrected.value)),
      async () => {
        const output = await expectRefused("lint");
        expect(output).toMatch(new RegExp(`${FIGURE_ID.replace(".", "\\.")} › value: .*cannot be negative`));
      },
    );
  });

  it("refuses a changeset that declares less than the data change needs", async () => {
    // A changed unit changes what the number means: major, whatever the changeset says.
    const changeset = ".changeset/border-unit.md";
    await withCommitted(
      () => {
        editRecord(FIGURE_ID, "unit", '"people"');
        workspace.write(changeset, `---\n"${PACKAGE}": patch\n---\n\nFix ${FIGURE_ID}.\n`);
      },
      () => {
        editRecord(FIGURE_ID, "unit", `"${original.unit}"`);
        rmSync(join(workspace.dir, changeset));
      },
      async () => {
        const output = await expectRefused("lint");
        expect(output).toContain(`${PACKAGE} needs a major release for this data change`);
        expect(output).toContain("declare patch");
        expect(output).toContain(`major needed by ${FIGURE_ID}`);
      },
    );
  });
});
