// Build times of the whole workspace through its own commands: `pnpm build` with turbo's cache bypassed (cold), and
// again with every task a cache hit.
import { spawn } from "node:child_process";

/**
 * Runs a command to completion and returns its wall time and output; fails with the output's tail if it fails.
 */
function timeCommand(command: string, args: string[], cwd: string): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

export async function buildTimes(
  workspaceRoot: string,
): Promise<{ coldMs: number; cachedMs: number; cachedWasFullHit: boolean; tasks: number }> {
  const cold = await timeCommand("pnpm", ["build", "--force"], workspaceRoot);
  const cached = await timeCommand("pnpm", ["build"], workspaceRoot);
  // turbo's summary: "Tasks: 2 successful, 2 total" / "Cached: 2 cached, 2 total" / ">>> FULL TURBO"
  const tasks = Number(/Tasks:\s+\d+ successful, (\d+) total/.exec(cached.output)?.[1] ?? Number.NaN);
  return {
    coldMs: cold.ms,
    cachedMs: cached.ms,
    cachedWasFullHit: cached.output.includes("FULL TURBO"),
    tasks,
  };
}
