// The release check's decisions, given the answers its IO would get: git's list of files not committed (read
// from a scratch repository, so that the parser is held to what git really prints), the registry the package
// publishes to, and what each kind of registry answer means for the release. The release run for real, against a
// real registry, is tests/registry's.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GIT_STATUS,
  judgeRegistryAnswer,
  packageDocumentUrl,
  parseGitStatus,
  publishRegistry,
  uncommittedProblem,
} from "@alignment/release/release-guards";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

describe("the files a release refuses to leave out", () => {
  let dir: string;
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Release Test",
        GIT_AUTHOR_EMAIL: "release-test@example.invalid",
        GIT_COMMITTER_NAME: "Release Test",
        GIT_COMMITTER_EMAIL: "release-test@example.invalid",
      },
    });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const changedFiles = () => parseGitStatus(git(...GIT_STATUS));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "alignment-worktree-"));
    git("init", "--quiet", "--initial-branch=main");
    write(".gitignore", "dist/\n");
    write("src/border.ts", "export const length = 4200;\n");
    write("src/trade.ts", "export const total = 107;\n");
    write("README.md", "# Data\n");
    git("add", "--all");
    git("commit", "--quiet", "-m", "Released");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds none in a tree that is all committed, built output aside", () => {
    write("dist/dataset.json", "{}\n");
    expect(changedFiles()).toEqual([]);
    expect(uncommittedProblem(changedFiles())).toBeUndefined();
  });

  it("names every file not committed, staged or not, untracked ones inside new folders one by one", () => {
    write("src/border.ts", "export const length = 4237;\n");
    write("src/trade.ts", "export const total = 108;\n");
    git("add", "src/trade.ts");
    git("mv", "README.md", "NOTES.md");
    git("rm", "--quiet", "--cached", "src/border.ts");
    write("drafts/new figure.ts", "export const draft = 1;\n");
    write("dist/dataset.json", "{}\n");

    const files = changedFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        { path: "src/trade.ts", state: "modified" },
        { path: "README.md -> NOTES.md", state: "renamed" },
        { path: "src/border.ts", state: "deleted" },
        { path: "src/border.ts", state: "untracked" },
        { path: "drafts/new figure.ts", state: "untracked" },
      ]),
    );
    expect(files).toHaveLength(5);

    const problem = uncommittedProblem(files) ?? "";
    expect(problem).toContain("the work tree has 5 files that are not committed");
    expect(problem).toMatch(/modified +src\/trade\.ts/);
    expect(problem).toMatch(/untracked +drafts\/new figure\.ts/);
    expect(problem).not.toContain("dist/");
  });

  it("names a deleted file that was never staged", () => {
    rmSync(join(dir, "src", "trade.ts"));
    expect(changedFiles()).toEqual([{ path: "src/trade.ts", state: "deleted" }]);
    expect(uncommittedProblem(changedFiles())).toContain("the work tree has 1 file that is not committed");
  });

  it("lists the first twenty of many and counts the rest", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `notes/${i}.md`, state: "untracked" }));
    const problem = uncommittedProblem(many) ?? "";
    expect(problem).toContain("notes/19.md");
    expect(problem).not.toContain("notes/20.md");
    expect(problem).toContain("… and 5 more");
  });
});

describe("the registry the package is published to", () => {
  const name = "@alignment/data";

  it("is npm's unless something says otherwise", () => {
    expect(publishRegistry({ name, config: { scopeRegistry: "undefined", registry: "undefined" } })).toBe(
      "https://registry.npmjs.org/",
    );
    expect(publishRegistry({ name, config: { registry: "https://registry.npmjs.org/" } })).toBe(
      "https://registry.npmjs.org/",
    );
  });

  it("is the scope's registry before the default one, from npm config or from publishConfig", () => {
    const config = { scopeRegistry: "http://127.0.0.1:4873", registry: "https://registry.npmjs.org/" };
    expect(publishRegistry({ name, config })).toBe("http://127.0.0.1:4873/");
    expect(publishRegistry({ name, config, publishConfig: { registry: "https://npm.example.org/" } })).toBe(
      "http://127.0.0.1:4873/",
    );
    expect(
      publishRegistry({ name, config, publishConfig: { "@alignment:registry": "https://npm.example.org/a/" } }),
    ).toBe("https://npm.example.org/a/");
  });

  it("is publishConfig.registry before npm's default", () => {
    expect(
      publishRegistry({
        name,
        config: { scopeRegistry: "undefined", registry: "https://registry.npmjs.org/" },
        publishConfig: { registry: "https://npm.example.org/" },
      }),
    ).toBe("https://npm.example.org/");
  });

  it("serves the package's document at the scoped name, under the registry's path", () => {
    expect(packageDocumentUrl("https://registry.npmjs.org/", name)).toBe(
      "https://registry.npmjs.org/@alignment%2fdata",
    );
    expect(packageDocumentUrl("https://npm.example.org/api/npm/", name)).toBe(
      "https://npm.example.org/api/npm/@alignment%2fdata",
    );
  });
});

describe("what the registry's answer means for a release of 0.2.0", () => {
  const url = "http://127.0.0.1:4873/@alignment%2fdata";
  const judge = (answer: Parameters<typeof judgeRegistryAnswer>[0]["answer"]) =>
    judgeRegistryAnswer({ url, name: "@alignment/data", version: "0.2.0", answer });
  const document = (versions: string[]) =>
    JSON.stringify({ name: "@alignment/data", versions: Object.fromEntries(versions.map((v) => [v, {}])) });

  it("is new to a registry that has never heard of the package (404)", () => {
    expect(judge({ status: 404, body: '{"error":"not found"}' })).toEqual({ state: "new" });
  });

  it("is new to a registry that holds only other versions, published to one that holds it", () => {
    expect(judge({ status: 200, body: document(["0.1.0", "0.1.1"]) })).toEqual({ state: "new" });
    expect(judge({ status: 200, body: document(["0.1.0", "0.2.0"]) })).toEqual({ state: "published" });
  });

  it.each([
    ["a registry that is down", { failure: "ECONNREFUSED" }, "could not be asked (ECONNREFUSED)"],
    ["a registry that does not answer", { failure: "no answer within 10 s" }, "no answer within 10 s"],
    ["a registry that fails", { status: 500, body: "Internal Server Error" }, "answered HTTP 500"],
    ["a registry that wants a login", { status: 401, body: "" }, "answered HTTP 401"],
    ["a proxy's error page", { status: 200, body: "<html>Gateway</html>" }, "not JSON"],
    ["a document that is not a package's", { status: 200, body: "{}" }, "no list of versions"],
  ])("is unknown, and stops the release, for %s", (_, answer, why) => {
    const verdict = judge(answer);
    expect(verdict.state).toBe("unknown");
    const problem = "problem" in verdict ? verdict.problem : "";
    expect(problem).toContain(`cannot tell whether @alignment/data@0.2.0 is already published: ${url}`);
    expect(problem).toContain(why);
  });
});
