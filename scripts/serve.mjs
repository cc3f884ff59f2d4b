// The repository's one static server, with no dependency: by default apps/lecture/dist at / and, when it has been
// built, apps/explorer/dist at /explorer/. Listens on 127.0.0.1 only. `node scripts/serve.mjs` prints the URL;
// the browser tests, the PDF export and the bench import startServer() and listen on port 0.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** The default mounts, URL prefix to directory, most specific first: the explorer (if built), then the deck. */
export function defaultMounts() {
  const mounts = [{ prefix: "/", dir: join(repoRoot, "apps/lecture/dist") }];
  const explorer = join(repoRoot, "apps/explorer/dist");
  if (existsSync(explorer)) mounts.unshift({ prefix: "/explorer/", dir: explorer });
  return mounts;
}

/** The file a URL path names inside its mount, or undefined (never a path outside the mount). */
function fileFor(mounts, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  if (mount === undefined) return undefined;
  const root = resolve(mount.dir);
  let file = normalize(join(root, path.slice(mount.prefix.length)));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Starts the server. Resolves with its URL and a close function. Port 0 picks a free port; a busy port falls
 * back to a free one unless `strictPort` is set.
 */
export function startServer({ port = 4173, host = "127.0.0.1", mounts = defaultMounts(), strictPort = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    // A mount named without its trailing slash: redirect, so that the page's relative paths resolve inside it.
    const bare = mounts.find((m) => m.prefix !== "/" && url.pathname === m.prefix.slice(0, -1));
    if (bare !== undefined) {
      response.writeHead(301, { location: `${bare.prefix}${url.search}` }).end();
      return;
    }
    const file = request.method === "GET" || request.method === "HEAD" ? fileFor(mounts, url.pathname) : undefined;
    if (file === undefined) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.on("error", (error) => {
      if (error.code === "EADDRINUSE" && !strictPort && port !== 0) server.listen(0, host);
      else reject(error);
    });
    server.on("listening", () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}/`,
        close: () =>
          new Promise((done, fail) => {
            // A browser keeps its connections alive; without this, close() would wait for it to let them go.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.listen(port, host);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mounts = defaultMounts();
  const deck = mounts.find((m) => m.prefix === "/");
  if (deck === undefined || !existsSync(join(deck.dir, "index.html"))) {
    console.error(`No built deck in ${deck?.dir}: run "pnpm start", which builds it first.`);
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4173) });
  console.log(`The lecture:   ${url}`);
  console.log(`The briefing:  ${url}briefing.html`);
  if (mounts.some((m) => m.prefix === "/explorer/")) console.log(`Fact explorer: ${url}explorer/`);
  console.log("Speaker view: press S in the deck. Stop the server with Ctrl+C.");
}
