// A real npm registry for the release tests: verdaccio 6.8.0 in a child process on 127.0.0.1, storage and users
// in a temporary directory, no uplinks. Only the @alignment scope is ever pointed at it; everything else still
// comes from the usual registry (or the local caches).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface Packument {
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

const SERVER = join(import.meta.dirname, "verdaccio-server.mjs");

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

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The port the server prints on its first line, or the reason it died before printing one. */
function portOf(child: ChildProcess, output: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verdaccio did not start in 30 s:\n${output.join("")}`)), 30_000);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once("line", (line) => {
      clearTimeout(timer);
      try {
        resolve((JSON.parse(line) as { port: number }).port);
      } catch {
        reject(new Error(`verdaccio printed ${JSON.stringify(line)} instead of its port:\n${output.join("")}`));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`verdaccio exited with ${code} before listening:\n${output.join("")}`));
    });
  });
}

export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), "alignment-registry-"));
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, config(dir));
  const child = spawn(process.execPath, [SERVER, configFile], { stdio: ["ignore", "pipe", "pipe"] });
  // Should the test process end without reaching stop() (killed by a timeout), take verdaccio with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.removeListener("exit", killOnExit));
  const output: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  let port: number;
  try {
    port = await portOf(child, output);
  } catch (error) {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    await stopChild(child);
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
