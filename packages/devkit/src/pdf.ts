// Reading back the PDFs that the deck is exported to: the handout Chromium writes, and DeckTape's (which pdf-lib
// writes), for the tests and the bench that check them.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

/**
 * The objects that a PDF keeps compressed in object streams (`/Type /ObjStm`, Flate-encoded), as text: pdf-lib keeps
 * its page dictionaries there, where Chromium writes them in the open.
 */
function objectStreams(text: string, bytes: Buffer): string[] {
  const streams: string[] = [];
  for (const match of text.matchAll(/<<((?:(?!>>)[\s\S])*\/Type\s*\/ObjStm(?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g)) {
    if (!/\/FlateDecode/.test(match[1] ?? "")) continue;
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end === -1) continue;
    try {
      streams.push(inflateSync(bytes.subarray(start, end)).toString("latin1"));
    } catch {
      // A stream cut short: zlib refuses it, and it holds no page this count could trust.
    }
  }
  return streams;
}

/** Pages in a PDF (a file's path, or its bytes): its page dictionaries (`/Type /Page`), in the open or compressed. */
export function countPdfPages(pdf: string | Uint8Array): number {
  const bytes = typeof pdf === "string" ? readFileSync(pdf) : Buffer.from(pdf);
  const text = bytes.toString("latin1");
  return [text, ...objectStreams(text, bytes)].reduce((pages, part) => pages + (part.match(PAGE) ?? []).length, 0);
}
