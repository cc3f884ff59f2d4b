// What the repository-level tests share: reading a file of the checkout, and a workflow as GitHub reads it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { parse } from "yaml";

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8");
}

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string | number>;
  with?: Record<string, string>;
}

interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** A workflow of .github/workflows, parsed, with one of its jobs. */
export function workflow(name: string): { on: Workflow["on"]; job(id: string): Job } {
  const parsed = parse(readRepoFile(join(".github", "workflows", name))) as Workflow;
  return {
    on: parsed.on,
    job(id) {
      const job = parsed.jobs[id];
      if (job === undefined) throw new Error(`${name} has no job ${id}`);
      return { ...job, steps: job.steps ?? [] };
    },
  };
}
