// Build times of the whole workspace through its own commands: `pnpm build` with turbo's cache bypassed (cold), and
// again with every task a cache hit.
import { runChecked } from "@alignment/devkit/processes";

export async function buildTimes(
  workspaceRoot: string,
): Promise<{ coldMs: number; cachedMs: number; cachedWasFullHit: boolean; tasks: number }> {
  // Each to its end, with its wall time and output; a failed build fails the bench with the end of its output.
  const options = { cwd: workspaceRoot, env: { ...process.env, FORCE_COLOR: "0" } };
  const cold = await runChecked("pnpm", ["build", "--force"], options);
  const cached = await runChecked("pnpm", ["build"], options);
  // turbo's summary: "Tasks: 2 successful, 2 total" / "Cached: 2 cached, 2 total" / ">>> FULL TURBO"
  const tasks = Number(/Tasks:\s+\d+ successful, (\d+) total/.exec(cached.output)?.[1] ?? Number.NaN);
  return {
    coldMs: cold.ms,
    cachedMs: cached.ms,
    cachedWasFullHit: cached.output.includes("FULL TURBO"),
    tasks,
  };
}
