// The budget counts what a page makes the browser download: a chunk the deck loads later (a plugin imported on
// demand) counts; a file of the build that the page never names does not.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageAssets } from "../src/assets.ts";

const build = mkdtempSync(join(tmpdir(), "bench-assets-"));
afterAll(() => rmSync(build, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(build, path, ".."), { recursive: true });
  writeFileSync(join(build, path), content);
}

describe("the bytes a page loads", () => {
  it("follows the page's scripts and styles to the chunks and fonts they name, and nothing else", () => {
    write(
      "lecture.html",
      '<script type="module" src="./assets/main-a1.js"></script><link rel="stylesheet" href="./assets/main-b2.css">',
    );
    write("assets/main-a1.js", 'const notes = () => import("./notes-c3.js"); console.log(notes);');
    write("assets/notes-c3.js", "export const speakerView = 'x'.repeat(100);");
    write("assets/main-b2.css", "@font-face { src: url(./serif-d4.woff2) } body { color: black }");
    write("assets/serif-d4.woff2", "font bytes");
    write("briefing.html", '<script type="module" src="./assets/briefing-e5.js"></script>');
    write("assets/briefing-e5.js", "console.log('another page');");

    const assets = pageAssets(build, "lecture.html");
    expect(assets.files).toEqual([
      "assets/main-a1.js",
      "assets/main-b2.css",
      "assets/notes-c3.js",
      "assets/serif-d4.woff2",
    ]);
    expect(assets.js.raw).toBe(
      'const notes = () => import("./notes-c3.js"); console.log(notes);'.length +
        "export const speakerView = 'x'.repeat(100);".length,
    );
    expect(assets.other.raw).toBe("font bytes".length);
    expect(assets.js.gzip).toBeGreaterThan(0);
  });
});
