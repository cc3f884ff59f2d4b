// `pnpm images`: a PNG of every slide of every built talk, for a course site: `<talk>/<NN>-<slide id>.png`, each
// slide whole (its build steps shown), at 1920x1080 or 1280x720. With --steps, a slide that builds also gets one
// image per step, `<NN>-<slide id>.step-<k>.png`, from step 0 (as it first appears) to its last (the whole slide).
//
//   tsx src/export/images.ts [--size 1920x1080|1280x720] [--steps] [--dist <built deck>] [--out <folder>]
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { appDir, builtTalks, oneOf, parseCommandLine, userPath } from "./cli.ts";
import { DeckSession } from "./deck-session.ts";

const SIZES = ["1920x1080", "1280x720"] as const;

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

const session = await DeckSession.start(dist);
try {
  for (const talk of talks) {
    const page = await session.open(talk, { viewport: { width, height } });
    try {
      // The slide fills the image: no margin around it, and none of the presenter's controls.
      await page.evaluate(() => window.Reveal.configure({ margin: 0, controls: false, progress: false }));
      const ids = await page.$$eval(".reveal .slides > section", (sections) => sections.map((s) => s.id));
      const folder = join(out, talk.talk);
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      let images = 0;
      for (const [index, id] of ids.entries()) {
        const name = `${String(index + 1).padStart(2, "0")}-${id}`;
        // Fragment -1: the slide before its first build step.
        await page.evaluate((h) => window.Reveal.slide(h, 0, -1), index);
        let step = 0;
        for (;;) {
          await painted(page);
          const more = await page.evaluate(() => window.Reveal.availableFragments().next);
          const builds = step > 0 || more;
          if (values.steps && builds) {
            await page.screenshot({ path: join(folder, `${name}.step-${step}.png`) });
            images += 1;
          }
          if (!more) break;
          await page.evaluate(() => window.Reveal.nextFragment());
          step += 1;
        }
        await page.screenshot({ path: join(folder, `${name}.png`) });
        images += 1;
      }
      console.log(`${folder}: ${images} images of ${ids.length} slides at ${width}x${height}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await session.close();
}
