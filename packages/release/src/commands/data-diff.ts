// `pnpm data:diff [base]`: what the current dataset changes since the last release, record by record, and the
// bump that change requires.
//   --check                 fail unless the pending changesets declare that bump and name every changed record
//   --changeset "<summary>" write a changeset that does: the summary, then one line per changed record
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { checkDeclaredBump } from "../changesets.ts";
import { currentChanges, hasReleasedSnapshot, packageVersion } from "../datasets.ts";
import { CHANGESET_DIR, RELEASED_DIR } from "../paths.ts";
import { readPendingChangesets, writeChangeset } from "../read-changesets.ts";
import { formatChanges, releaseBump, requiredBump } from "../semver.ts";

export async function dataDiff(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
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
    const version = packageVersion();
    const file = writeChangeset(CHANGESET_DIR, { changes, summary: values.changeset, version });
    const bump = releaseBump(requiredBump(changes), version);
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
