<<<<<<< HEAD
// What the explorer's browser tests share: the single-file build on disk, and a CSV reader to check the downloads
// with.
=======
// What the explorer's browser tests share: the single-file build on disk, and accessibility violations. (The CSV
// reader that checks the downloads is @alignment/devkit/csv, shared with the explorer's own tests.)
>>>>>>> h-formats
import { existsSync } from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";

export const EXPLORER_SINGLE = join(explorerDir, "dist-single/index.html");

export function requireBuilt(path: string, build: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${build}\` first`);
}

<<<<<<< HEAD
/** A strict RFC 4180 reader, written apart from the writer so that the two check each other. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    if (text[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (i < text.length) throw new Error(`expected a comma or CRLF at ${i}`);
  }
  if (field !== "" || row.length > 0) throw new Error("last line lacks its CRLF");
  return rows;
=======
/** axe-core's serious and critical violations on the page as it stands, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Run through DevTools rather than added as an inline script, which the server's policy refuses (as it should).
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
>>>>>>> h-formats
}
