// What the explorer's browser tests share: the single-file build on disk, and accessibility violations. (The CSV
// reader that checks the downloads is @alignment/devkit/csv, shared with the explorer's own tests.)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { explorerDir } from "@alignment/devkit/paths";
import axe from "axe-core";
import type { Page } from "playwright-core";

export const EXPLORER_SINGLE = join(explorerDir, "dist-single/index.html");

export function requireBuilt(path: string, build: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`${build}\` first`);
}

/** axe-core's serious and critical violations on the page as it stands, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Run through DevTools rather than added as an inline script, which the server's policy refuses (as it should).
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
