#!/usr/bin/env node
// `alignment-release <command>`: the data release's commands, as the root scripts run them.
//   data-diff [base] [--check] [--changeset "<summary>"]   pnpm data:diff, and the check of pnpm version-packages
//   release-check [--before-build]                         pnpm release's checks, before and after the build
//   snapshot                                               records the released dataset (pnpm version-packages)
import { dataDiff } from "./commands/data-diff.ts";
import { releaseCheck } from "./commands/release-check.ts";
import { snapshot } from "./commands/snapshot.ts";

const commands: Record<string, { label: string; run: (args: string[]) => void | Promise<void> }> = {
  "data-diff": { label: "data:diff", run: dataDiff },
  "release-check": { label: "release check", run: releaseCheck },
  snapshot: { label: "snapshot", run: snapshot },
};

const [name = "", ...args] = process.argv.slice(2);
const command = commands[name];
if (command === undefined) {
  console.error(`usage: alignment-release <${Object.keys(commands).join("|")}> [options]`);
  process.exitCode = 1;
} else {
  try {
    await command.run(args);
  } catch (error) {
    console.error(`${command.label}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
