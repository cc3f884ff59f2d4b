// Two promises of the explorer that its source must keep: it uses only what the data package exports (so it shows
// exactly what a consumer sees; the one exception, each record's history, comes from the package's own CHANGELOG
// through a module the build makes), and it never parses strings as HTML (so data is always shown as text).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../src");
/** The modules vite.config.ts makes: the records' history, read from the data package's CHANGELOG at build time. */
const VIRTUAL_MODULES = ["virtual:record-history"];

async function sources(): Promise<[name: string, text: string][]> {
  const names = (await readdir(SRC)).filter((name) => name.endsWith(".ts"));
  return Promise.all(names.map(async (name) => [name, await readFile(join(SRC, name), "utf8")] as [string, string]));
}

describe("the explorer's source", () => {
  it("imports the data package only through its public entries", async () => {
    const packageData = JSON.parse(
      await readFile(join(import.meta.dirname, "../../../packages/data/package.json"), "utf8"),
    );
    const publicEntries = Object.keys(packageData.exports).map((key: string) => key.replace(/^\./, "@alignment/data"));
    for (const [name, text] of await sources()) {
      for (const [, specifier] of text.matchAll(/from\s+"([^"]+)"/g)) {
        if (specifier?.startsWith(".")) expect(specifier, name).toMatch(/^\.\/[\w-]+\.(ts|css)$/);
        // A module the explorer's own build makes (vite.config.ts), from the repository's release records.
        else if (specifier?.startsWith("virtual:"))
          expect(VIRTUAL_MODULES, `${name} imports ${specifier}`).toContain(specifier);
        else expect(publicEntries, `${name} imports ${specifier}`).toContain(specifier);
      }
    }
  });

  it("never parses a string as HTML", async () => {
    for (const [name, text] of await sources()) {
      expect(text, name).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser)\b/);
    }
  });
});
