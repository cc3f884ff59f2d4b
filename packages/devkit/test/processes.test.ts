// The process runners that the tests and the bench share: what a caller sees of a command that succeeds, fails
// or never gets ready, and that stopping a service stops what it started as well (a dev server under pnpm).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CommandFailed, run, runChecked, startService } from "../src/processes.ts";

const node = process.execPath;

/** Whether a process of this id still runs: a zombie that nobody has reaped yet (an orphan, here) has ended. */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(" ")[2] !== "Z";
  } catch {
    return false;
  }
}

describe("run", () => {
  it("keeps stdout and stderr apart and together, with the exit code, and does not fail on a failing command", async () => {
    const done = await run(node, ["-e", 'console.log("out"); console.error("err"); process.exitCode = 3']);
    expect(done.code).toBe(3);
    expect(done.stdout).toBe("out\n");
    expect(done.stderr).toBe("err\n");
    expect(done.output).toContain("out\n");
    expect(done.output).toContain("err\n");
    expect(done.ms).toBeGreaterThan(0);
  });

  it("runs in the directory and with the environment it is given", async () => {
    const done = await run(node, ["-e", "console.log(process.cwd(), process.env.DEVKIT_PROBE)"], {
      cwd: "/",
      env: { ...process.env, DEVKIT_PROBE: "given" },
    });
    expect(done.stdout).toBe("/ given\n");
  });

  it("fails when the command cannot be started", async () => {
    await expect(run("devkit-no-such-command", [])).rejects.toThrow(/ENOENT/);
  });
});

describe("runChecked", () => {
  it("fails with the command, its exit code, the end of its output and all of stdout and stderr", async () => {
    const script = 'console.log("x".repeat(10000)); console.error("the reason"); process.exit(2)';
    const failure = await runChecked(node, ["-e", script], { cwd: "/" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandFailed);
    const { message, code, stdout, stderr } = failure as CommandFailed;
    expect(message).toMatch(/^\S+ -e .* exited with 2 in \/:\n/);
    expect(message).toContain("the reason");
    expect(message.length).toBeLessThan(4500);
    expect(code).toBe(2);
    expect(stdout).toHaveLength(10001);
    expect(stderr).toBe("the reason\n");
  });

  it("resolves with the output of a command that succeeds", async () => {
    expect((await runChecked(node, ["-e", 'console.log("fine")'])).stdout).toBe("fine\n");
  });
});

describe("startService", () => {
  it("resolves once the service prints what it was told to wait for, with the match", async () => {
    const script =
      'setTimeout(() => console.log("\\u001b[32mListening on\\u001b[39m http://127.0.0.1:4321/"), 100); setInterval(() => {}, 1000)';
    const service = await startService(node, ["-e", script], { ready: /Listening on (\S+)/ });
    try {
      expect(service.ready?.[1]).toBe("http://127.0.0.1:4321/");
      expect(service.output()).toContain("Listening on");
    } finally {
      await service.stop();
    }
  });

  it("stops the service and the processes it started", async () => {
    // A shell that starts a child, as pnpm starts vite: stopping the shell alone would leave the child running.
    const script = `const child = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      console.log("child", child.pid); setInterval(() => {}, 1000)`;
    const service = await startService(node, ["-e", script], { ready: /child (\d+)/ });
    const child = Number(service.ready?.[1]);
    expect(alive(child)).toBe(true);
    await service.stop();
    for (let tries = 0; tries < 50 && alive(child); tries += 1) await new Promise((done) => setTimeout(done, 20));
    expect(alive(child)).toBe(false);
  });

  it("fails with what the service printed when it exits before it is ready", async () => {
    const started = startService(node, ["-e", 'console.error("port in use"); process.exit(1)'], { ready: /ready/ });
    await expect(started).rejects.toThrow(/exited with 1 before it was ready:\nport in use/);
  });

  it("fails, and stops the service, when it is not ready in time", async () => {
    const started = startService(node, ["-e", 'console.log("pid", process.pid); setInterval(() => {}, 1000)'], {
      ready: /never printed/,
      timeoutMs: 3000,
    });
    const failure = (await started.catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(/did not print \/never printed\/ within 3000 ms:\npid \d+/);
    const pid = Number(/pid (\d+)/.exec(failure.message)?.[1]);
    expect(alive(pid)).toBe(false);
  });
});
