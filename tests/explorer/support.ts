// What the explorer's browser tests share: the built app on disk, a static server for it (and the deck), and
// watchers for what a user must never meet: console errors, requests to another host, accessibility violations.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import axe from "axe-core";
import type { Page } from "playwright-core";

export const EXPLORER_DIST = resolve(import.meta.dirname, "../../apps/explorer/dist");
export const EXPLORER_SINGLE = resolve(import.meta.dirname, "../../apps/explorer/dist-single/index.html");
export const DECK_DIST = resolve(import.meta.dirname, "../../apps/lecture/dist");

export function requireBuilt(path: string, build: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${build}\` first`);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves directories under URL prefixes (`{ "/": deck, "/explorer/": explorer }`) on 127.0.0.1 at a free port,
 * the way `pnpm start` serves the deck and the explorer together.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<Served> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) {
      response.writeHead(404).end();
      return;
    }
    const root = resolve(mounts[prefix] as string);
    let file = resolve(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Records console errors, uncaught exceptions and every URL the page requests, from now on. */
export function watch(page: Page): { errors: string[]; requests: string[] } {
  const seen = { errors: [] as string[], requests: [] as string[] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** Requests that leave the page's own origin (data: and blob: URLs stay inside the page). */
export function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return origin === "file://" ? parsed.protocol !== "file:" : parsed.origin !== origin;
  });
}

/** axe-core's serious and critical violations on the page as it stands, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
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
