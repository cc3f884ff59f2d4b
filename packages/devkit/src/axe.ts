// Accessibility as the browser tests hold the deck and the explorer to it: axe-core's serious and critical
// violations of WCAG 2.2 AA and axe's best practices on a page as it stands, as lines that name the rule and the
// elements, so that a failing test says what to fix and where.
import axe from "axe-core";
import type { Page } from "playwright-core";

/** The rules that apply: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe-core's serious and critical violations on the page, one line each: rule, impact, help and elements.
 * @param within  a CSS selector: only that element and what it holds; none, the whole document
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // Run through DevTools rather than added as an inline script, which the server's policy refuses (as it should);
  // once per document.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ within, tags }) => {
      const inPage = (window as unknown as { axe: typeof axe }).axe;
      const context = within === undefined ? document : (document.querySelector(within) as Element);
      const result = await inPage.run(context, { resultTypes: ["violations"], runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    { within, tags: TAGS },
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}
