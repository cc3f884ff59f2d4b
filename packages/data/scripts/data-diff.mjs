// `pnpm data:diff [base]`: what the current dataset changes since the last release, record by record, and the
// bump that change requires.
//   --check                 fail unless the pending changesets declare that bump and name every changed record
//   --changeset "<summary>" write a changeset that does: the summary, then one line per changed record
import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { changesetMarkdown, checkDeclaredBump, readPendingChangesets } from "./changesets.mjs";
import { formatChanges, releaseBump, requiredBump } from "./data-semver.mjs";
import { CHANGESET_DIR, currentChanges, hasReleasedSnapshot, packageVersion, RELEASED_DIR } from "./datasets.mjs";

function slug(text) {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? ["data", "change"];
  return words.slice(0, 8).join("-");
}

function writeChangeset(changes, summary) {
  if (changes.length === 0) throw new Error("no data change since the last release: no changeset to write");
  let file = join(CHANGESET_DIR, `${slug(summary)}.md`);
  for (let n = 2; existsSync(file); n++) file = join(CHANGESET_DIR, `${slug(summary)}-${n}.md`);
  writeFileSync(file, changesetMarkdown({ changes, summary, version: packageVersion() }));
  return file;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: "boolean", default: false }, changeset: { type: "string" } },
  });
  const [base] = positionals;
  if (base === undefined && !hasReleasedSnapshot()) {
    console.log(
      `No release recorded yet (${relative(process.cwd(), RELEASED_DIR)}/ is empty): the first release publishes ` +
        "the dataset as it is. `pnpm version-packages` records it; name a base to compare with another dataset.",
    );
    return;
  }
  const changes = await currentChanges(base);
  console.log(formatChanges(changes));
  if (values.changeset !== undefined) {
    const file = writeChangeset(changes, values.changeset);
    const bump = releaseBump(requiredBump(changes), packageVersion());
    console.log(`\nWrote ${relative(process.cwd(), file)} (${bump}): edit its summary if you like.`);
  }
  if (values.check) {
    const verdict = checkDeclaredBump({
      changes,
      version: packageVersion(),
      changesets: readPendingChangesets(relative(process.cwd(), CHANGESET_DIR) || "."),
    });
    if (!verdict.ok) {
      console.error(`\n${verdict.message}`);
      process.exitCode = 1;
    } else if (changes.length > 0) {
      console.log(`\nThe pending changesets declare ${verdict.declared}: enough.`);
    }
  }
}

main().catch((error) => {
  console.error(`data:diff: ${error.message}`);
  process.exitCode = 1;
});
