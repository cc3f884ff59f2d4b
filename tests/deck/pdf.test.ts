// `pnpm pdf`: a handout per talk through Chromium, one page per slide; with --notes, a copy with the notes too.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { lectureDir, lectureDist } from "@alignment/devkit/paths";
import { countPdfPages } from "@alignment/devkit/pdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TALK_PAGES } from "../support/deck.ts";

let out: string;
let log: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "alignment-pdf-"));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(lectureDir, "scripts/pdf.mjs"), "--notes", "--out", out],
    { cwd: lectureDir },
  );
  log = stdout;
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Slides in a built page, counted in its HTML: one top-level section each. */
function slidesIn(page: string): number {
  return (readFileSync(join(lectureDist, page), "utf8").match(/<section id=/g) ?? []).length;
}

describe.each(TALK_PAGES)("the $talk handout", ({ page, talk }) => {
  it("has one page per slide", () => {
    const slides = slidesIn(page);
    expect(slides).toBeGreaterThan(5);
    expect(countPdfPages(join(out, `${talk}.pdf`))).toBe(slides);
    expect(log).toContain(`${talk}.pdf: ${slides} pages for ${slides} slides`);
  });

  it("comes with a notes edition: each slide followed by its notes", () => {
    expect(countPdfPages(join(out, `${talk}-notes.pdf`))).toBeGreaterThanOrEqual(2 * slidesIn(page));
  });
});
