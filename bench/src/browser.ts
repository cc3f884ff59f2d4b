// Timings of a deck in Debian's Chromium: first slide, speaker view, PDF export. Each measurement gets a fresh browser
// context (empty cache), and a probe that runs in every frame before the page's own scripts and notes when reveal.js
// fires `ready` (and `pdf-ready` in print mode) and when the frame after it has been painted.
import { countPdfPages } from "@alignment/devkit/pdf";
import type { Browser, Page } from "playwright-core";

interface Probe {
  /** reveal's `ready` (a Marp deck's DOMContentLoaded), ms since navigation start */
  ready?: number;
  /** the first frame painted after `ready`, ms since navigation start */
  slidePainted?: number;
  /** reveal's `pdf-ready`, ms since navigation start */
  pdfReady?: number;
}
type ProbedWindow = Window & { __bench?: Probe };

const VIEWPORT = { width: 1280, height: 720 };
const TIMEOUT_MS = 60_000;

function installProbe() {
  const probe: Probe = {};
  (window as ProbedWindow).__bench = probe;
  document.addEventListener(
    "ready",
    (event) => {
      // reveal.js dispatches `ready` on its `.reveal` wrapper; anything else of that name is not ours to time.
      if (!(event.target instanceof Element) || !event.target.classList.contains("reveal")) return;
      probe.ready = performance.now();
      // A rAF callback runs just before a paint; a task queued from it runs after that paint.
      requestAnimationFrame(() => setTimeout(() => (probe.slidePainted = performance.now())));
    },
    true,
  );
  document.addEventListener("pdf-ready", () => (probe.pdfReady = performance.now()), true);
  // A Marp deck has no `ready`: its script runs as the page is parsed, so it answers keys from DOMContentLoaded on.
  document.addEventListener("DOMContentLoaded", () => {
    if (document.querySelector(".reveal") !== null) return;
    probe.ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.slidePainted = performance.now())));
  });
}

/**
 * A fresh context and page with the probe installed, and a record of what went wrong in it (script errors, failed
 * requests), so that a deck that never becomes ready says why.
 */
async function probedPage(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installProbe);
  const problems: string[] = [];
  context.on("weberror", (error) => problems.push(error.error().message));
  context.on("requestfailed", (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
  context.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
  });
  const page = await context.newPage();
  return { context, page, problems };
}

/** @param condition  evaluated in the page */
async function waitInPage(page: Page, problems: string[], condition: () => boolean | number | undefined, what: string) {
  try {
    return await page.waitForFunction(condition, null, { timeout: TIMEOUT_MS });
  } catch (error) {
    const seen = problems.length > 0 ? problems.join("; ") : "no script error or failed request";
    throw new Error(`${page.url()}: ${what} did not happen within ${TIMEOUT_MS} ms (${seen})`, { cause: error });
  }
}

function waitForSlidePainted(page: Page, problems: string[]) {
  const painted = () => (window as ProbedWindow).__bench?.slidePainted !== undefined;
  return waitInPage(page, problems, painted, "reveal.js ready and a paint after it");
}

/**
 * One cold load of a deck: ms from navigation start to reveal's `ready`, to the browser's first contentful paint, and
 * to the first slide on screen (both of those done, and a frame painted after `ready`).
 */
export async function firstSlide(browser: Browser, url: string) {
  const { context, page, problems } = await probedPage(browser);
  try {
    await page.goto(url, { waitUntil: "commit" });
    await waitForSlidePainted(page, problems);
    // The browser records its first contentful paint when the frame is presented, which can come after the probe's
    // estimate: the slide is on screen once both have happened.
    const contentfulPaint = await waitInPage(
      page,
      problems,
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      "the first contentful paint",
    );
    const contentfulPaintMs = (await contentfulPaint.jsonValue()) as number;
    const probe = await page.evaluate(() => (window as ProbedWindow).__bench ?? {});
    const readyMs = probe.ready ?? Number.NaN;
    const slidePaintedMs = probe.slidePainted ?? Number.NaN;
    return { readyMs, contentfulPaintMs, firstSlideMs: Math.max(slidePaintedMs, contentfulPaintMs) };
  } finally {
    await context.close();
  }
}

/**
 * Opens the speaker view of a loaded deck with reveal's own key ("s", the notes plugin) and returns the ms from the
 * key press until the speaker window's two previews (current and upcoming slide, each a full copy of the deck in an
 * iframe) have both fired `ready` and painted.
 */
export async function speakerView(browser: Browser, url: string) {
  const { context, page, problems } = await probedPage(browser);
  try {
    await page.goto(url);
    await waitForSlidePainted(page, problems);
    const popup = context.waitForEvent("page", { timeout: TIMEOUT_MS });
    const pressedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    await page.keyboard.press("s");
    const speaker = await popup;
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
      const previews = speaker.frames().filter((frame) => frame !== speaker.mainFrame());
      const paintedAt = await Promise.all(
        previews.map((frame) =>
          frame
            .evaluate(() => {
              const painted = (window as ProbedWindow).__bench?.slidePainted;
              return painted === undefined ? undefined : performance.timeOrigin + painted;
            })
            .catch(() => undefined),
        ),
      );
      const ready = paintedAt.filter((time) => time !== undefined);
      if (previews.length >= 2 && ready.length === previews.length) {
        return { speakerViewMs: Math.max(...ready) - pressedAt, previews: previews.length };
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const seen = problems.length > 0 ? problems.join("; ") : "no script error or failed request";
    throw new Error(`${url}: the speaker view's previews were not ready within ${TIMEOUT_MS} ms (${seen})`);
  } finally {
    await context.close();
  }
}

/**
 * Exports a deck to PDF as reveal.js documents it (`?print-pdf`, then print): ms from navigation to the PDF's bytes,
 * and the number of pages.
 */
export async function pdfExport(browser: Browser, url: string) {
  const { context, page, problems } = await probedPage(browser);
  try {
    const start = performance.now();
    await page.goto(`${url}?print-pdf`, { waitUntil: "commit" });
    const laidOut = () => (window as ProbedWindow).__bench?.pdfReady !== undefined;
    await waitInPage(page, problems, laidOut, "reveal.js pdf-ready");
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    const pdfMs = performance.now() - start;
    return { pdfMs, pages: countPdfPages(pdf), bytes: pdf.length };
  } finally {
    await context.close();
  }
}
