// The project's public addresses have one home, the root package.json's `repository` (scripts/public-home.ts
// derives the rest). npm's page for the package, "Cite this repository", the release guard and the deck's source
// links on the public site must all lead there: a test, because each copy is written by hand.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readRepoFile as read, workflow } from "../support/repository.ts";

const KEYS = ["repository", "git", "code", "issues", "site", "explorer"] as const;

/** The addresses as scripts/public-home.ts prints them, the way pages.yml asks for them (`pnpm exec tsx`). */
const home = Object.fromEntries(
  KEYS.map((key) => [
    key,
    execFileSync(join(repoRoot, "node_modules/.bin/tsx"), ["scripts/public-home.ts", key], {
      cwd: repoRoot,
      encoding: "utf8",
    }).trim(),
  ]),
) as Record<(typeof KEYS)[number], string>;

describe("the public addresses", () => {
  it("are those of the GitHub repository that the root package.json names, and its Pages site", () => {
    const [owner = "", name = ""] = home.repository.split("/");
    expect(JSON.parse(read("package.json")).repository).toEqual({
      type: "git",
      url: `git+https://github.com/${owner}/${name}.git`,
    });
    expect(home.code).toBe(`https://github.com/${owner}/${name}`);
    expect(home.site).toBe(`https://${owner.toLowerCase()}.github.io/${name}/`);
    expect(home.explorer).toBe(`${home.site}explorer/`);
  });

  it("are the published package's repository, homepage and bugs", () => {
    const manifest = JSON.parse(read("packages/data/package.json"));
    expect(manifest.repository).toEqual({ type: "git", url: home.git, directory: "packages/data" });
    expect(manifest.homepage).toBe(home.explorer);
    expect(manifest.bugs).toEqual({ url: home.issues });
  });

  it("are the citation's code and site, and the credit line the data licence asks for", () => {
    const citation = parse(read("CITATION.cff"));
    expect(citation["repository-code"]).toBe(home.code);
    expect(citation.url).toBe(home.site);
    expect(read("DATA-LICENSE.md")).toContain(`\`@alignment/data\` (version used), ${home.code},`);
  });

  it("are the only repository the release workflow publishes from", () => {
    expect(workflow("release.yml").job("release").if).toBe(`github.repository == '${home.repository}'`);
  });

  it("give the Pages build the public explorer for the deck's source links", () => {
    const steps = workflow("pages.yml").job("build").steps;
    const address = steps.find((step) => step.id === "home");
    expect(address?.run).toContain('"$(pnpm exec tsx scripts/public-home.ts site)"');
    expect(address?.run).toContain("explorer=$(pnpm exec tsx scripts/public-home.ts explorer)");
    const build = steps.find((step) => step.env?.ALIGNMENT_EXPLORER_URL !== undefined);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, as the workflow spells it
    expect(build?.env?.ALIGNMENT_EXPLORER_URL).toBe("${{ steps.home.outputs.explorer }}");
    expect(build?.run).toMatch(/--filter=@alignment\/lecture/);
  });
});
