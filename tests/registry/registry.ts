// A real npm registry for the release tests: verdaccio 6.8.0, started by the test on a free port of 127.0.0.1,
// with storage and users in a temporary directory and no uplinks, so that it holds exactly what the test
// publishes. Only the @alignment scope is ever pointed at it; everything else still comes from the usual registry
// (or the local caches). It runs in the test's own process: every command the tests run meanwhile is a child
// process that they await, never a synchronous one that would stop the registry from answering. Beside it,
// registries that are down or broken, which a release must refuse to publish to.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runServer } from "verdaccio";

interface Packument {
  versions: Record<string, { dist: { tarball: string } }>;
  "dist-tags": Record<string, string>;
  time: Record<string, string>;
}

export interface Registry {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** An npm user config that sends the @alignment scope, with a publish token, to this registry. */
  npmrc: string;
  /** The registry's record of a package, or undefined when it holds no version of it. */
  packument(name: string): Promise<Packument | undefined>;
  stop(): Promise<void>;
}

/**
 * One HTTP exchange on a fresh connection. (fetch would reuse pooled connections, which the server closes after
 * a few idle seconds: between two release steps a reused one fails with "other side closed".)
 */
export function httpRequest(url: string, init: { method?: string; json?: unknown } = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const body = init.json === undefined ? undefined : JSON.stringify(init.json);
    const req = request(
      url,
      { method: init.method ?? "GET", agent: false, headers: body ? { "content-type": "application/json" } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export interface HttpResponse {
  status: number;
  body: Buffer;
}

/**
 * A registry that cannot say whether a version is published: `down` (nothing listens on its port), `failing`
 * (every request gets HTTP 500) or `silent` (it takes every request and never answers).
 */
export async function startBrokenRegistry(kind: "down" | "failing" | "silent"): Promise<BrokenRegistry> {
  const server = createServer((_request, response) => {
    if (kind === "failing") response.writeHead(500).end("Internal Server Error");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const closeServer = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  if (kind === "down") await closeServer();
  const dir = mkdtempSync(join(tmpdir(), "alignment-broken-registry-"));
  const npmrc = join(dir, "npmrc");
  writeFileSync(npmrc, `@alignment:registry=${url}\n`);
  return {
    url,
    npmrc,
    async stop() {
      if (kind !== "down") await closeServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BrokenRegistry {
  url: string;
  /**
   * An npm user config that sends the @alignment scope to it. (pnpm passes no `npm_config_@scope:registry`
   * variable on to the scripts it runs: a maintainer's npmrc is what names the registry.)
   */
  npmrc: string;
  stop(): Promise<void>;
}

function config(dir: string): string {
  return `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 1
uplinks: {}
packages:
  "@alignment/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: error }
`;
}

export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), "alignment-registry-"));
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, config(dir));
  const server: Server = await runServer(configFile);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  };

  // The one publisher, created the way `npm adduser` does it; its token goes into the user config.
  const npmrc = join(dir, "npmrc");
  try {
    const response = await httpRequest(`${url}-/user/org.couchdb.user:release`, {
      method: "PUT",
      json: { name: "release", password: "release-only-in-this-test" },
    });
    const { token } = JSON.parse(response.body.toString()) as { token?: string };
    if (response.status !== 201 || token === undefined) {
      throw new Error(`could not create the publisher (${response.status}: ${response.body})`);
    }
    writeFileSync(npmrc, `@alignment:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    npmrc,
    async packument(name) {
      const response = await httpRequest(`${url}${name.replace("/", "%2f")}`);
      if (response.status === 404) return undefined;
      if (response.status !== 200) throw new Error(`registry answered ${response.status} for ${name}`);
      return JSON.parse(response.body.toString()) as Packument;
    },
    stop,
  };
}
