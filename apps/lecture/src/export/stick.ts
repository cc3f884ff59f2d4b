// `pnpm stick [DIR]`: the folder for a USB stick in a hall with no network: every talk as one self-contained file
// (dist-single), the fact explorer as one file at explorer/index.html beside them, where the talks' source links look
// for it (see the deck plugin), and a README.txt for the lecturer. Everything opens from file://.
//
// DIR is often a USB stick's own root, which holds the lecturer's other files: the command writes only its own four
// paths, into a folder that is empty, new, or a stick it wrote before (known by its README.txt), and refuses any other
// folder before writing anything. The files are made in a hidden folder inside DIR first and moved into place once
// all of them are whole, so a stick that fills up, or a copy that fails, leaves the previous stick as it was.
//
//   tsx src/export/stick.ts [DIR]        (DIR: apps/lecture/dist-stick unless given)
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";
import { appDir, builtTalks, fail, moveIntoPlace, parseCommandLine, stagingIn, userPath } from "./cli.ts";

const { positionals } = parseCommandLine({ allowPositionals: true, options: {} }, "pnpm stick [DIR]");
if (positionals.length > 1) fail(`One folder at most, not ${positionals.length}.\nUsage: pnpm stick [DIR]`);
const dir = userPath(positionals[0] ?? join(appDir, "dist-stick"));
const single = join(appDir, "dist-single");
const explorer = join(explorerDir, "dist-single/index.html");
const talks = builtTalks(single);
if (!existsSync(explorer))
  fail(`${explorer} is missing: build the explorer first (pnpm --filter @alignment/explorer build).`);

/** The first line of every README.txt this command writes: how it knows a stick of its own. */
const README_FIRST_LINE = "The lecture on this stick runs from its files: no network, no installation, no server.";

/** The hall's instructions: what to open, the speaker view, and that nothing needs the network. */
function readme(names: readonly { page: string; title: string }[], linksOnline: boolean): string {
  return `${[
    README_FIRST_LINE,
    "",
    "Open a talk in a web browser (Chrome, Edge, Firefox or Safari), by double-click or File > Open:",
    ...names.map(({ page, title }) => `  ${page.padEnd(16)}${title}`),
    "  explorer/index.html  the fact explorer: every figure with the essay's words",
    "",
    "Keys in a talk: S opens the speaker view (notes, next slide, timer) in a second window, for the second",
    "screen; F full screen; arrow keys or space to move; Esc the overview; Ctrl+Shift+F search.",
    linksOnline
      ? "A slide's source line links to the figure's page in the public explorer, online; the one here works offline."
      : "A slide's source line links to the figure's page in the explorer; it opens from this folder, offline.",
    "Keep the folder together: the talks find the explorer at explorer/index.html beside them.",
  ].join("\r\n")}\r\n`;
}

/**
 * Ends the command, with nothing written, unless `folder` is missing, empty, or a stick this command wrote: a folder
 * of the lecturer's is never overwritten, let alone emptied.
 */
function claim(folder: string): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) fail(`${folder} is a file, not a folder: nothing was written. Name a folder.`);
  const entries = readdirSync(folder);
  const readmeFile = join(folder, "README.txt");
  const ours = existsSync(readmeFile) && readFileSync(readmeFile, "utf8").startsWith(README_FIRST_LINE);
  if (entries.length === 0 || ours) return;
  const shown =
    entries.length > 5 ? `${entries.slice(0, 5).join(", ")} and ${entries.length - 5} more` : entries.join(", ");
  fail(
    `${folder} already holds ${shown}, and is not a stick this command wrote: nothing was written.\n` +
      `Name an empty or new folder, e.g. pnpm stick "${join(folder, "lecture")}".`,
  );
}

claim(dir);
const created = !existsSync(dir);
let staging = "";
const written: string[] = [];
let linksOnline = false;
let names: { page: string; title: string }[];
try {
  staging = stagingIn(dir);
  names = talks.map(({ page }) => {
    const html = readFileSync(join(single, page), "utf8");
    copyFileSync(join(single, page), join(staging, page));
    written.push(page);
    // A deck built with ALIGNMENT_EXPLORER_URL links its sources there, as every export does (see README.md).
    if (!html.includes('href="explorer/index.html#/fact/')) linksOnline = true;
    return { page, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? page };
  });
  mkdirSync(join(staging, "explorer"));
  copyFileSync(explorer, join(staging, "explorer/index.html"));
  written.push("explorer/index.html");
  writeFileSync(join(staging, "README.txt"), readme(names, linksOnline));
  written.push("README.txt");
} catch (error) {
  if (staging !== "") rmSync(staging, { recursive: true, force: true });
  if (created && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  fail(`${dir}: the stick could not be written (${(error as Error).message}); the folder is as it was.`);
}
moveIntoPlace(staging, dir, written);
console.log(`${dir}: ${names.map((n) => n.page).join(", ")}, explorer/index.html, README.txt`);
if (linksOnline) console.log("The talks' source links open the explorer at ALIGNMENT_EXPLORER_URL: online only.");
