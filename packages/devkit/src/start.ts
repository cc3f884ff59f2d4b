// `pnpm start`: serves the built deck, its briefing and the fact explorer on 127.0.0.1 and says where. PORT picks
// the port (4173 by default); a busy one falls back to a free one, and the output says which was asked for and which
// is used. Bad input ends with one line naming what to fix, never a stack trace.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultMounts, startServer } from "./serve.ts";

const DEFAULT_PORT = 4173;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** PORT as a port number; unset or empty means the default. */
function requestedPort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) fail(`PORT must be a port number from 0 to 65535, not "${value}".`);
  return port;
}

const asked = requestedPort(process.env.PORT);
const mounts = defaultMounts();
const deck = mounts.find((m) => m.prefix === "/");
if (deck === undefined || !existsSync(join(deck.dir, "index.html"))) {
  fail(`No built deck in ${deck?.dir}: run "pnpm start", which builds it first.`);
}
const server = await startServer({ port: asked, mounts }).catch((error: Error) =>
  fail(`Could not serve on 127.0.0.1:${asked}: ${error.message}`),
);
if (asked !== 0 && server.port !== asked) {
  console.log(`Port ${asked} is in use: serving on port ${server.port} instead (set PORT to choose another).`);
}
console.log(`The lecture:   ${server.url}`);
console.log(`The briefing:  ${server.url}briefing.html`);
if (mounts.some((m) => m.prefix === "/explorer/")) console.log(`Fact explorer: ${server.url}explorer/`);
console.log("Speaker view: press S in the deck. Stop the server with Ctrl+C.");
