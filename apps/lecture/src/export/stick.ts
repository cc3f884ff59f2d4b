// `pnpm stick [DIR]`: the folder for a USB stick in a hall with no network: every talk as one self-contained file
// (dist-single), the fact explorer as one file at explorer/index.html beside them, where the talks' source links look
// for it (see the deck plugin), and a README.txt for the lecturer. Everything opens from file://.
//
//   tsx src/export/stick.ts [DIR]        (DIR: apps/lecture/dist-stick unless given)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";
import { appDir, builtTalks, fail, parseCommandLine, userPath } from "./cli.ts";

const { positionals } = parseCommandLine({ allowPositionals: true, options: {} }, "pnpm stick [DIR]");
if (positionals.length > 1) fail(`One folder at most, not ${positionals.length}.\nUsage: pnpm stick [DIR]`);
const dir = userPath(positionals[0] ?? join(appDir, "dist-stick"));
const single = join(appDir, "dist-single");
const explorer = join(explorerDir, "dist-single/index.html");
const talks = builtTalks(single);
if (!existsSync(explorer))
  fail(`${explorer} is missing: build the explorer first (pnpm --filter @alignment/explorer build).`);

/** The hall's instructions: what to open, the speaker view, and that nothing needs the network. */
function readme(names: readonly { page: string; title: string }[], linksOnline: boolean): string {
  return `${[
    "The lecture on this stick runs from its files: no network, no installation, no server.",
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

rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "explorer"), { recursive: true });
let linksOnline = false;
const names = talks.map(({ page }) => {
  const html = readFileSync(join(single, page), "utf8");
  copyFileSync(join(single, page), join(dir, page));
  // A deck built with ALIGNMENT_EXPLORER_URL links its sources there, as every export does (see README.md).
  if (!html.includes('href="explorer/index.html#/fact/')) linksOnline = true;
  return { page, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? page };
});
copyFileSync(explorer, join(dir, "explorer/index.html"));
writeFileSync(join(dir, "README.txt"), readme(names, linksOnline));
console.log(`${dir}: ${names.map((n) => n.page).join(", ")}, explorer/index.html, README.txt`);
if (linksOnline) console.log("The talks' source links open the explorer at ALIGNMENT_EXPLORER_URL: online only.");
