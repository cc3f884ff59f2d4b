// The repository's one static server: by default apps/lecture/dist at / and, when it has been built,
// apps/explorer/dist at /explorer/, on 127.0.0.1 only. `pnpm start` runs it (start.ts); the browser tests, the PDF
// export and the bench call startServer() on port 0. Files are served by sirv (lengths, ETag, Last-Modified,
// ranges); this module keeps what sirv does not: only files inside their folder (no symlink out of it, no device or
// socket), no request that can stop the process, and the security headers.
import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, sep } from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";
import { contentSecurityPolicy, inlineScriptsOfBundle, inlineScriptsOfHtml } from "./csp.ts";
import { explorerDist, lectureDist } from "./paths.ts";

/** A directory served under a URL prefix; the prefix ends in "/" ("/" for the root). */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface RunningServer {
  /** The server's root URL, ending in "/": `http://127.0.0.1:<port>/`. */
  url: string;
  /** The port it listens on: the one asked for, or a free one if that was taken. */
  port: number;
  /** Drops open connections (a browser's keep-alive ones too) and stops listening. */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 picks a free port; a busy port falls back to a free one (RunningServer.port says which). */
  port?: number;
  host?: string;
  mounts?: Mount[];
}

/** The default mounts, most specific first: the explorer (if built), then the deck. */
export function defaultMounts(): Mount[] {
  const mounts = [{ prefix: "/", dir: lectureDist }];
  if (existsSync(explorerDist)) mounts.unshift({ prefix: "/explorer/", dir: explorerDist });
  return mounts;
}

const ALLOWED_METHODS = "GET, HEAD";

/** The request target's path, as sent: no URL parser, so that no request line can make it throw. */
function pathOf(target: string): { path: string; search: string } {
  const end = target.search(/[?#]/);
  return end === -1 ? { path: target, search: "" } : { path: target.slice(0, end), search: target.slice(end) };
}

/** Decodes a path the way sirv does before it looks the file up (a malformed escape stays as it is). */
function decodeAsSirv(path: string): string {
  try {
    return path.includes("%") ? decodeURI(path) : path;
  } catch {
    return path;
  }
}

/**
 * Whether sirv may answer this path from `root`: every file it would try (the path, then with /index, .html and
 * /index.html, in its order) that exists must really lie inside the folder, symlinks resolved, and be a plain file
 * or a folder (a socket or a FIFO would fail or block the read).
 */
function staysInside(root: string, path: string): boolean {
  const base = path.endsWith("/") ? path.slice(0, -1) : path;
  const tried = [base, `${base}/index`, `${base}.html`, `${base}/index.html`].filter((p) => p !== "");
  for (const candidate of tried) {
    let real: string;
    try {
      real = realpathSync(join(root, candidate));
    } catch {
      continue;
    }
    if (real !== root && !real.startsWith(root + sep)) return false;
    const stats = statSync(real);
    if (stats.isFile()) return true;
    if (!stats.isDirectory()) return false;
  }
  return true;
}

/**
 * A Range header sirv reads correctly: one `bytes=start-[end]` range with start <= end. Any other (a suffix range,
 * several ranges, start > end, which would make sirv's read throw) is ignored, as RFC 9110 allows: the whole file.
 */
function isSimpleRange(range: string): boolean {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range);
  return match !== null && (match[2] === "" || Number(match[1]) <= Number(match[2]));
}

/** The deck's and the explorer's policy for one served folder, recomputed when its pages or scripts change. */
function policyOf(root: string): () => string {
  let signature = "";
  let policy = "";
  return () => {
    const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile() && /\.(html|js|mjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    const stats = files.map((file) => statSync(file));
    const now = files.map((file, i) => `${file}:${stats[i]?.size}:${stats[i]?.mtimeMs}`).join("\n");
    if (now !== signature) {
      const scripts = files.flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return file.endsWith(".html") ? inlineScriptsOfHtml(text) : inlineScriptsOfBundle(text);
      });
      policy = contentSecurityPolicy(scripts);
      signature = now;
    }
    return policy;
  };
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
}

interface Served {
  prefix: string;
  root: string;
  handle: ReturnType<typeof sirv>;
  policy: () => string;
}

function handler(mounts: Mount[]): (request: IncomingMessage, response: ServerResponse) => void {
  const served: Served[] = mounts.map(({ prefix, dir }) => {
    if (!existsSync(dir)) throw new Error(`Cannot serve ${dir} at ${prefix}: there is no such folder`);
    const root = realpathSync(dir);
    // dev: looks each file up when asked, so a rebuilt deck is served without a restart; with etag, that means
    // `Cache-Control: no-cache` and a validator, so a browser revalidates instead of showing an old build.
    const handle = sirv(root, { dev: true, etag: true, extensions: ["html"], onNoMatch: (_, res) => notFound(res) });
    return { prefix, root, handle, policy: policyOf(root) };
  });
  return (request, response) => {
    response.setHeader("x-content-type-options", "nosniff");
    response.setHeader("referrer-policy", "no-referrer");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: ALLOWED_METHODS, "content-type": "text/plain; charset=utf-8" });
      response.end("Method not allowed\n");
      return;
    }
    const { path, search } = pathOf(request.url ?? "/");
    // A mount named without its trailing slash: redirect, so that the page's relative paths resolve inside it.
    const bare = served.find((m) => m.prefix !== "/" && path === m.prefix.slice(0, -1));
    if (bare !== undefined) {
      response.writeHead(301, { location: `${bare.prefix}${search}` }).end();
      return;
    }
    const mount = served.find((m) => path.startsWith(m.prefix));
    const rest = mount === undefined ? "" : `/${path.slice(mount.prefix.length)}`;
    if (mount === undefined || !staysInside(mount.root, decodeAsSirv(rest))) {
      notFound(response);
      return;
    }
    if (request.headers.range !== undefined && !isSimpleRange(request.headers.range)) delete request.headers.range;
    response.setHeader("content-security-policy", mount.policy());
    // sirv pipes the file into the response without listening for read errors (EIO): one would stop the process.
    response.once("pipe", (source: Readable) => {
      source.once("error", (error) => {
        console.error(`Could not read ${request.url}: ${error.message}`);
        response.destroy();
      });
    });
    request.url = `${rest}${search}`;
    mount.handle(request, response);
  };
}

/** Starts the server. Resolves with its URL, its port and a close function. */
export async function startServer({
  port = 4173,
  host = "127.0.0.1",
  mounts = defaultMounts(),
}: ServeOptions = {}): Promise<RunningServer> {
  const handle = handler(mounts);
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      // Whatever a request does, the lecture goes on: answer it with an error, not the process's end.
      console.error(`Could not answer ${request.method} ${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end();
    }
  });
  return new Promise<RunningServer>((resolvePromise, reject) => {
    server.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" && port !== 0) server.listen(0, host);
      else reject(error);
    });
    server.on("listening", () => {
      const address = server.address();
      const actual = typeof address === "object" && address !== null ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            // A browser keeps its connections alive; without this, close() would wait for it to let them go.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.listen(port, host);
  });
}
