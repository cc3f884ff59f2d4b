// Reading back the PDFs that Chromium writes: the deck's handout export, and the tests and the bench that check it.
import { readFileSync } from "node:fs";

/**
 * Pages in a PDF that Chromium wrote (a file's path, or its bytes): each page object is a plain dictionary of
 * `/Type /Page`.
 */
export function countPdfPages(pdf: string | Uint8Array): number {
  const bytes = typeof pdf === "string" ? readFileSync(pdf) : Buffer.from(pdf);
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
