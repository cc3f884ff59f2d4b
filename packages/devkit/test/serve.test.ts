// The server behind `pnpm start`, attacked the way a web page in the lecturer's browser or a careless build could:
// hostile request lines, symlinks out of the served folder, failed reads, other methods; and the headers a browser
// relies on (lengths, validators, ranges, the security policy).
import fs, { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { connect, createServer as createNetServer, type Server as NetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptHash } from "../src/csp.ts";
import { type RunningServer, startServer } from "../src/serve.ts";

const FIRST_PAINT = `document.documentElement.classList.add("early")`;
const SECRET = "a secret outside the served folder";
const DATA = "0123456789".repeat(100);

let work: string;
let site: string;
let server: RunningServer;
let socketFile: NetServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "devkit-serve-"));
  site = join(work, "site");
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(join(work, "secret.txt"), SECRET);
  writeFileSync(
    join(site, "index.html"),
    `<!doctype html><title>t</title><script>${FIRST_PAINT}</script><script type="module" src="./assets/app.js"></script>`,
  );
  writeFileSync(join(site, "assets/app.js"), "export {};\n");
  writeFileSync(join(site, "data.txt"), DATA);
  symlinkSync(join(work, "secret.txt"), join(site, "secret"));
  symlinkSync("/etc/passwd", join(site, "passwd"));
  symlinkSync("/proc/self/environ", join(site, "environ"));
  symlinkSync(work, join(site, "up"));
  // A socket where a page is expected: opening it for reading fails.
  socketFile = createNetServer();
  await new Promise<void>((done) => socketFile.listen(join(site, "socket.html"), done));
  server = await startServer({ port: 0, mounts: [{ prefix: "/", dir: site }] });
});

afterAll(async () => {
  await server?.close();
  await new Promise((done) => socketFile?.close(done));
  rmSync(work, { recursive: true, force: true });
});

/** Sends bytes as they are over a fresh connection; resolves with whatever came back before it closed. */
function raw(request: string): Promise<string> {
  const { port } = server;
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("latin1");
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request)}`)));
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
    socket.end(request);
  });
}

function get(target: string): Promise<string> {
  return raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
}

/** Runs `act` and returns the exceptions nothing caught meanwhile: each of them would have ended `pnpm start`. */
async function uncaughtDuring(act: () => Promise<void>): Promise<Error[]> {
  const uncaught: Error[] = [];
  const record = (error: Error) => uncaught.push(error);
  process.on("uncaughtException", record);
  try {
    await act();
    await new Promise((done) => setTimeout(done, 100));
  } finally {
    process.off("uncaughtException", record);
  }
  return uncaught;
}

async function stillServes(): Promise<void> {
  const response = await fetch(`${server.url}index.html`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain(FIRST_PAINT);
}

describe("a request line that once stopped the server", () => {
  it.each(["//%zz/", "//[", "http://[", "//:99999/", "/%zz", "/%00", "/../../../etc/passwd", "*"])(
    "GET %s gets an answer, and the server goes on serving",
    async (target) => {
      const answer = await get(target);
      expect(answer).toMatch(/^HTTP\/1\.1 [45]\d\d /);
      await stillServes();
    },
  );

  it("reads //evil.example/index.html as a path, not as a host and a path", async () => {
    expect(await get("//evil.example/index.html")).toMatch(/^HTTP\/1\.1 404 /);
    await stillServes();
  });
});

describe("files outside the served folder", () => {
  it.each(["/secret", "/passwd", "/environ", "/up/secret.txt", "/up/site/../secret.txt", "/%2e%2e/secret.txt"])(
    "does not serve %s through a symlink or a climb",
    async (path) => {
      const response = await fetch(`${server.url.slice(0, -1)}${path}`);
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain("root:");
      expect(body).not.toContain("PATH=");
    },
  );

  it("answers a socket where a page should be with 404, and goes on serving", async () => {
    const uncaught = await uncaughtDuring(async () => {
      expect((await fetch(`${server.url}socket.html`)).status).toBe(404);
    });
    expect(uncaught).toEqual([]);
    await stillServes();
  });

  it("survives a read that fails half-way (EIO) and goes on serving", async () => {
    const realRead = fs.createReadStream;
    fs.createReadStream = (() =>
      new Readable({
        read() {
          this.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }));
        },
      })) as unknown as typeof fs.createReadStream;
    syncBuiltinESMExports();
    try {
      const uncaught = await uncaughtDuring(async () => {
        expect(await get("/data.txt")).not.toContain(DATA);
      });
      expect(uncaught).toEqual([]);
    } finally {
      fs.createReadStream = realRead;
      syncBuiltinESMExports();
    }
    await stillServes();
  });
});

describe("what a browser relies on", () => {
  it("sends the length, validators, nosniff and the referrer policy", async () => {
    const response = await fetch(`${server.url}data.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(DATA.length));
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(Date.parse(response.headers.get("last-modified") ?? "")).not.toBeNaN();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await response.text()).toBe(DATA);
  });

  it("answers a repeated request with 304 when the file has not changed", async () => {
    const etag = (await fetch(`${server.url}data.txt`)).headers.get("etag") ?? "";
    const again = await fetch(`${server.url}data.txt`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("serves a byte range, and the whole file for a range it does not take", async () => {
    const part = await fetch(`${server.url}data.txt`, { headers: { range: "bytes=10-19" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${DATA.length}`);
    expect(await part.text()).toBe(DATA.slice(10, 20));
    for (const range of ["bytes=20-10", "bytes=-5", "bytes=0-1,5-6", "lines=1-2"]) {
      const whole = await fetch(`${server.url}data.txt`, { headers: { range } });
      expect(whole.status, range).toBe(200);
      expect(await whole.text(), range).toBe(DATA);
    }
    expect((await fetch(`${server.url}data.txt`, { headers: { range: `bytes=${DATA.length}-` } })).status).toBe(416);
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await fetch(`${server.url}data.txt`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(DATA.length));
    expect(await response.text()).toBe("");
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])(
    "refuses %s with 405 and says what is allowed",
    async (method) => {
      const response = await fetch(`${server.url}index.html`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
    },
  );

  it("sends a strict policy that allows the page's own inline script by its hash, and no other", async () => {
    const response = await fetch(server.url);
    const policy = response.headers.get("content-security-policy") ?? "";
    const directives = new Map(
      policy.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", scriptHash(FIRST_PAINT)]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-eval");
  });

  it("serves a folder's index.html at / and redirects a mount named without its slash", async () => {
    const explorer = await startServer({ port: 0, mounts: [{ prefix: "/explorer/", dir: site }] });
    try {
      const bare = await fetch(`${explorer.url}explorer?x=1`, { redirect: "manual" });
      expect(bare.status).toBe(301);
      expect(bare.headers.get("location")).toBe("/explorer/?x=1");
      expect(await (await fetch(`${explorer.url}explorer/`)).text()).toContain(FIRST_PAINT);
      expect((await fetch(`${explorer.url}index.html`)).status).toBe(404);
    } finally {
      await explorer.close();
    }
  });
});
