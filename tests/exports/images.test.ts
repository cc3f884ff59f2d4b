// `pnpm images`, as a course site would take them: a PNG of every slide of every talk, named by talk, slide number
// and id, at the size asked for; with --steps, a slide that builds also as each of its steps.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lectureDist } from "@alignment/devkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TALK_PAGES } from "../support/deck.ts";
import { type BuiltSlide, builtSlides, runExport } from "./export.ts";

let out: string;
let log: string;
let slides: Map<string, BuiltSlide[]>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "alignment-images-"));
  slides = await builtSlides(lectureDist);
  // A course site's folder as the last run left it: the lecturer's own file beside the images, an image of a slide
  // since removed, and the hidden folder of a run that was stopped.
  for (const { talk } of TALK_PAGES) {
    mkdirSync(join(out, talk, ".partial-stopped"), { recursive: true });
    writeFileSync(join(out, talk, "course notes.txt"), "week 3");
    writeFileSync(join(out, talk, "99-removed-slide.png"), "an image of an earlier run");
  }
  log = (await runExport("images", ["--size", "1280x720", "--steps", "--out", out])).stdout;
  // Some 140 screenshots: three minutes on a loaded two-core machine.
}, 600_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** A PNG's width and height, from its header (IHDR, the first chunk). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const name = (index: number, slide: BuiltSlide) => `${String(index + 1).padStart(2, "0")}-${slide.id}`;

describe.each(TALK_PAGES)("the $talk as images", ({ talk }) => {
  it("one PNG per slide at the size asked for, named by slide number and id", () => {
    const all = slides.get(talk) ?? [];
    expect(all.length).toBeGreaterThan(5);
    const files = readdirSync(join(out, talk)).filter((file) => file.endsWith(".png") && !file.includes(".step-"));
    expect(files).toEqual(all.map((slide, i) => `${name(i, slide)}.png`));
    for (const file of files) expect(pngSize(join(out, talk, file))).toEqual({ width: 1280, height: 720 });
  });

  it("with --steps, each build step of a slide that builds, from its first view to the whole slide", () => {
    const all = slides.get(talk) ?? [];
    const files = readdirSync(join(out, talk)).filter((file) => file.endsWith(".png"));
    all.forEach((slide, i) => {
      const steps = files.filter((file) => file.startsWith(`${name(i, slide)}.step-`)).sort();
      const expected = slide.steps === 0 ? [] : Array.from({ length: slide.steps + 1 }, (_, k) => k);
      expect(steps, slide.id).toEqual(expected.map((k) => `${name(i, slide)}.step-${k}.png`).sort());
      if (slide.steps > 0) {
        const first = readFileSync(join(out, talk, `${name(i, slide)}.step-0.png`));
        expect(first.equals(readFileSync(join(out, talk, `${name(i, slide)}.png`))), slide.id).toBe(false);
      }
    });
    if (talk === "lecture") expect(all.some((slide) => slide.steps > 0)).toBe(true);
    expect(log).toContain(`${join(out, talk)}: ${files.length} images of ${all.length} slides at 1280x720`);
  });

  it("replaces only its own images of an earlier run: the user's files in the folder stay", () => {
    const files = readdirSync(join(out, talk));
    expect(files).not.toContain("99-removed-slide.png");
    expect(files.filter((file) => file.startsWith("."))).toEqual([]);
    expect(readFileSync(join(out, talk, "course notes.txt"), "utf8")).toBe("week 3");
  });
});

it("refuses a size it does not make, naming the sizes it does", async () => {
  await expect(runExport("images", ["--size", "800x600"])).rejects.toMatchObject({
    stderr: expect.stringContaining('--size must be 1920x1080 or 1280x720, not "800x600".'),
  });
});
