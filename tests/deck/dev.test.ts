// `pnpm dev`: with the deck open, editing a fact in the data package's sources updates the deck, with no
// restart, and a fact's text reaches the page as written, whatever the environment holds. The test edits a copy of
// packages/data/src (ALIGNMENT_DATA_SOURCES), never the real sources.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { figure, formatValue } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import { lectureDir, repoRoot } from "@alignment/devkit/paths";
import { type Service, startService } from "@alignment/devkit/processes";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForDeck } from "../support/deck.ts";

let work: string;
let vite: Service | undefined;
let url: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "alignment-dev-"));
  cpSync(join(repoRoot, "packages/data/src"), join(work, "src"), { recursive: true });
  // The copy imports zod as the real sources do: resolve it from the data package's own dependencies.
  symlinkSync(join(repoRoot, "packages/data/node_modules"), join(work, "node_modules"));
  vite = await startService(process.execPath, [join(lectureDir, "node_modules/vite/bin/vite.js"), "--port", "0"], {
    cwd: lectureDir,
    // VITE_SECRET: what Vite's `%VITE_SECRET%` substitution would put into the page, were data to pass through it.
    env: { ...process.env, ALIGNMENT_DATA_SOURCES: join(work, "src"), VITE_SECRET: "leaked-secret" },
    ready: /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/,
  });
  url = vite.ready?.[1] ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await vite?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("the dev server", () => {
  it("shows an edited fact in the open deck, on the same slide, without a restart", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}#/trade`);
    await waitForDeck(page);
    const shown = page.locator('section#trade [data-figure="trade.bilateral.2018"]').first();
    const old = formatValue(figure("trade.bilateral.2018"));
    expect(await shown.textContent()).toBe(old);

    const content = join(work, "src/content/economy.ts");
    const source = readFileSync(content, "utf8");
    const edited = source.replace(/(id: "trade\.bilateral\.2018",[\s\S]*?value: )[^,]+,/, "$1123.4e9,");
    expect(edited).not.toBe(source);
    writeFileSync(content, edited);

    await page.waitForFunction(
      () =>
        document.querySelector('section#trade [data-figure="trade.bilateral.2018"]')?.textContent === "$123.4 billion",
      null,
      { timeout: 60_000 },
    );
    expect(new URL(page.url()).hash).toBe("#/trade");
    await page.close();
  });
});

/** The file of the copied sources whose text holds `text`. */
function sourceHolding(text: string): string {
  const files = readdirSync(join(work, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const found = files.find((f) => readFileSync(join(work, "src", f), "utf8").includes(text));
  if (found === undefined) throw new Error(`no source file holds ${text}`);
  return join(work, "src", found);
}

describe("the dev server, given data that looks like an environment variable", () => {
  it("shows it as written, never the variable's value", async () => {
    const affiliation = 'affiliation: "Stanford University"';
    const file = sourceHolding(affiliation);
    writeFileSync(file, readFileSync(file, "utf8").replace(affiliation, 'affiliation: "%VITE_SECRET%"'));
    const page = await browser.newPage();
    await page.goto(url);
    await waitForDeck(page);
    await page.waitForFunction(() => document.querySelector(".byline")?.textContent?.includes("%VITE_SECRET%"), null, {
      timeout: 30_000,
    });
    expect(await page.content()).not.toContain("leaked-secret");
    await page.close();
  });
});
