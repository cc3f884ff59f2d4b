// The Content-Security-Policy the server sends with the deck and the explorer. Both are static pages: scripts come
// from their own origin, and the only inline scripts allowed are the ones they ship, by hash. Those are the deck's
// first-paint script in its HTML and the speaker view that reveal.js's notes plugin writes into its window with
// document.write (that window inherits the deck's policy), whose text sits in a string literal of the built JS.
// Styles may be inline: reveal.js writes style elements and attributes at run time (the print layout's page size,
// the speaker view), and a style cannot run code.
import { createHash } from "node:crypto";

/** The text of every script element without a src attribute in an HTML page. */
export function inlineScriptsOfHtml(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ""))
    .map(([, , text]) => text ?? "");
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" };

/** A JavaScript string literal's body as the string it denotes. */
function unescapeLiteral(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, sequence: string) => {
    if (sequence.startsWith("u{")) return String.fromCodePoint(Number.parseInt(sequence.slice(2, -1), 16));
    if (/^[ux]/.test(sequence) && sequence.length > 1)
      return String.fromCharCode(Number.parseInt(sequence.slice(1), 16));
    if (sequence === "\n" || sequence === "\r\n" || sequence === "\r") return "";
    return ESCAPES[sequence] ?? sequence;
  });
}

/**
 * Scripts that a built bundle writes as HTML: `<script>...<\/script>` inside its string literals (a literal must
 * escape the closing tag's slash, so the closing tag marks the end). Template literals with a substitution are
 * left out: their text is not known until they run.
 */
export function inlineScriptsOfBundle(js: string): string[] {
  return [...js.matchAll(/<script>([\s\S]*?)<\\\/script>/g)]
    .map(([, body]) => body ?? "")
    .filter((body) => !/(^|[^\\])\$\{/.test(body))
    .map(unescapeLiteral);
}

/** The CSP source expression that allows exactly this inline script. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The policy, allowing the given inline scripts (by their text) and nothing else inline. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts.map(scriptHash))].sort();
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}
