// `pnpm dev`: with the deck open, editing a fact in the data package's sources updates the deck, with no
// restart, and a fact's text reaches the page as written, whatever the environment holds. The deck reads the data
// package's sources as `pnpm dev` does, through its "@alignment/source" export condition; the test edits a copy of
// the lecture and the data package, linked to their real dependencies, never the real sources.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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

/** The copy's data sources, which the test edits. */
const dataSources = () => join(work, "packages/data/src");

/** Build output, caches and installed packages stay out of the copy. */
const sourcesOnly = (path: string) =>
  !["node_modules", "dist", "dist-single", "dist-pdf", ".turbo"].includes(basename(path));

/**
 * A workspace of the lecture and the data package, copied, whose packages are the real ones but for the data
 * package, which is the copy: a dev server started in it reads the copied sources through the export condition.
 */
function copyWorkspace(): void {
  for (const file of ["pnpm-workspace.yaml", "tsconfig.base.json"]) cpSync(join(repoRoot, file), join(work, file));
  const lecture = join(work, "apps/lecture");
  cpSync(join(repoRoot, "packages/data"), join(work, "packages/data"), { recursive: true, filter: sourcesOnly });
  cpSync(lectureDir, lecture, { recursive: true, filter: sourcesOnly });
  // The copy imports zod as the real sources do: from the data package's own dependencies.
  symlinkSync(join(repoRoot, "packages/data/node_modules"), join(work, "packages/data/node_modules"));
  mkdirSync(join(lecture, "node_modules/@alignment"), { recursive: true });
  // Vite's dependency cache (.vite) is the copy's own.
  for (const entry of readdirSync(join(lectureDir, "node_modules")).filter(
    (e) => e !== "@alignment" && e !== ".vite",
  )) {
    symlinkSync(join(lectureDir, "node_modules", entry), join(lecture, "node_modules", entry));
  }
  for (const entry of readdirSync(join(lectureDir, "node_modules/@alignment"))) {
    const target = entry === "data" ? join(work, "packages/data") : join(lectureDir, "node_modules/@alignment", entry);
    symlinkSync(target, join(lecture, "node_modules/@alignment", entry));
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "alignment-dev-"));
  copyWorkspace();
  vite = await startService(process.execPath, [join(lectureDir, "node_modules/vite/bin/vite.js"), "--port", "0"], {
    cwd: join(work, "apps/lecture"),
    // VITE_SECRET: what Vite's `%VITE_SECRET%` substitution would put into the page, were data to pass through it.
    env: { ...process.env, VITE_SECRET: "leaked-secret" },
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

    const content = join(dataSources(), "content/economy.ts");
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
  const files = readdirSync(dataSources(), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const found = files.find((f) => readFileSync(join(dataSources(), f), "utf8").includes(text));
  if (found === undefined) throw new Error(`no source file holds ${text}`);
  return join(dataSources(), found);
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
