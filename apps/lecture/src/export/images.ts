// `pnpm images`: a PNG of every slide of every built talk, for a course site: `<talk>/<NN>-<slide id>.png`, each
// slide whole (its build steps shown), at 1920x1080 or 1280x720. With --steps, a slide that builds also gets one
// image per step, `<NN>-<slide id>.step-<k>.png`, from step 0 (as it first appears) to its last (the whole slide).
// A talk's images are made in a hidden folder and replace the last run's only once all are whole; in the talk's folder
// the command removes only images of its own naming (a slide since removed would linger), never the user's files.
//
//   tsx src/export/images.ts [--size 1920x1080|1280x720] [--steps] [--dist <built deck>] [--out <folder>]
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { appDir, builtTalks, moveIntoPlace, oneOf, parseCommandLine, stagingIn, userPath } from "./cli.ts";
import { DeckSession } from "./deck-session.ts";

const SIZES = ["1920x1080", "1280x720"] as const;
/** The name of an image this command writes: `<NN>-<slide id>.png`, `<NN>-<slide id>.step-<k>.png`. */
const OUR_IMAGE = /^\d{2,}-[\w-]+(\.step-\d+)?\.png$/;

const { values } = parseCommandLine(
  {
    options: {
      size: { type: "string", default: "1920x1080" },
      steps: { type: "boolean", default: false },
      dist: { type: "string", default: join(appDir, "dist") },
      out: { type: "string", default: join(appDir, "dist-images") },
    },
  },
  "pnpm images [--size 1920x1080|1280x720] [--steps] [--dist <built deck>] [--out <folder>]",
);
const [width, height] = oneOf("size", values.size, SIZES).split("x").map(Number) as [number, number];
const dist = userPath(values.dist);
const out = userPath(values.out);
const talks = builtTalks(dist);

/** Waits until what the deck has just been told to show is painted (motion is off: nothing animates). */
async function painted(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Screenshots of every slide (and, with --steps, every build step) into `folder`: the files' names, in order. */
async function shootSlides(page: Page, ids: readonly string[], folder: string): Promise<string[]> {
  const images: string[] = [];
  const shoot = async (file: string) => {
    await page.screenshot({ path: join(folder, file) });
    images.push(file);
  };
  for (const [index, id] of ids.entries()) {
    const name = `${String(index + 1).padStart(2, "0")}-${id}`;
    // Fragment -1: the slide before its first build step.
    await page.evaluate((h) => window.Reveal.slide(h, 0, -1), index);
    let step = 0;
    for (;;) {
      await painted(page);
      const more = await page.evaluate(() => window.Reveal.availableFragments().next);
      const builds = step > 0 || more;
      if (values.steps && builds) await shoot(`${name}.step-${step}.png`);
      if (!more) break;
      await page.evaluate(() => window.Reveal.nextFragment());
      step += 1;
    }
    await shoot(`${name}.png`);
  }
  return images;
}

const session = await DeckSession.start(dist);
try {
  for (const talk of talks) {
    const page = await session.open(talk, { viewport: { width, height } });
    try {
      // The slide fills the image: no margin around it, and none of the presenter's controls.
      await page.evaluate(() => window.Reveal.configure({ margin: 0, controls: false, progress: false }));
      const ids = await page.$$eval(".reveal .slides > section", (sections) => sections.map((s) => s.id));
      const folder = join(out, talk.talk);
      const staging = stagingIn(folder);
      const images = await shootSlides(page, ids, staging).catch((error: unknown) => {
        rmSync(staging, { recursive: true, force: true });
        throw error;
      });
      moveIntoPlace(staging, folder, images);
      // An image of the last run that this one did not make over: a slide since removed, or renumbered.
      const made = new Set(images);
      for (const file of readdirSync(folder)) if (OUR_IMAGE.test(file) && !made.has(file)) rmSync(join(folder, file));
      console.log(`${folder}: ${images.length} images of ${ids.length} slides at ${width}x${height}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await session.close();
}
