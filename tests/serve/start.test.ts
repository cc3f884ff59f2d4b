// `pnpm start` as a lecturer meets it: node runs the built server (packages/devkit/dist/start.mjs) on the built
// deck. A bad PORT ends with one line that names it; a busy port is not a silent move to another one.
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { repoRoot } from "@alignment/devkit/paths";
import { type Service, startService } from "@alignment/devkit/processes";
import { afterEach, describe, expect, it } from "vitest";

const START = join(repoRoot, "packages/devkit/dist/start.mjs");

const running: Service[] = [];
const blockers: Server[] = [];

afterEach(async () => {
  for (const service of running.splice(0)) await service.stop();
  for (const blocker of blockers.splice(0)) await new Promise((done) => blocker.close(done));
});

/** Starts `pnpm start`'s server and resolves with what it printed once it names the lecture's URL. */
async function startUntilServing(env: Record<string, string>): Promise<string> {
  const service = await startService(process.execPath, [START], {
    env: { ...process.env, ...env },
    ready: /Speaker view/,
  });
  running.push(service);
  return service.output();
}

describe("pnpm start", () => {
  it.each(["abc", "-1", "65536", "80.5", "4173abc"])("refuses PORT=%s in one line that names PORT", (port) => {
    const result = spawnSync(process.execPath, [START], { env: { ...process.env, PORT: port }, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("PORT");
    expect(lines[0]).toContain(port);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("says which port was asked for and which one it serves on when the port is busy", async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const address = blocker.address();
    const busy = typeof address === "object" && address !== null ? address.port : 0;
    const output = await startUntilServing({ PORT: String(busy) });
    const url = /The lecture: +(http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(output);
    expect(url?.[2]).toBeDefined();
    expect(Number(url?.[2])).not.toBe(busy);
    expect(output).toContain(`Port ${busy} is in use: serving on port ${url?.[2]} instead`);
    expect((await fetch(url?.[1] ?? "")).status).toBe(200);
  });

  it("serves the deck, the briefing and the explorer on the port asked for", async () => {
    const output = await startUntilServing({ PORT: "0" });
    const url = /The lecture: +(\S+)/.exec(output)?.[1] ?? "";
    expect(output).not.toContain("in use");
    for (const path of ["", "briefing.html", "explorer/"]) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain("text/html");
    }
  });
});
