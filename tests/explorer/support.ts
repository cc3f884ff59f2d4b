// What the explorer's browser tests share: the single-file build on disk, and a CSV reader to check the downloads
// with.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";

export const EXPLORER_SINGLE = join(explorerDir, "dist-single/index.html");

export function requireBuilt(path: string, build: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${build}\` first`);
}

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
}
