// The speaker view as a lecturer meets it on the second screen: reveal's "Upcoming" and "Layout" badges sit clear of
// the next slide's title, whatever the window's size and layout; the notes open with the talking points and give each
// figure's evidence in a line (the essay's words and the section's name, not the essay's full citation each time);
// and the notes and the notes plugin are downloaded only when the speaker view opens, not before the first slide.
import { dataset, figure } from "@alignment/data";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoSlide, servedDeck, squash, waitForDeck } from "../support/deck.ts";

const deck = servedDeck();

interface SpeakerView {
  context: BrowserContext;
  page: Page;
  speaker: Page;
}

/** The lecture at `slide`, its speaker view opened with reveal's key; `prepare` sees the context first. */
async function openSpeakerView(
  slide: string,
  prepare: (context: BrowserContext) => Promise<unknown> = async () => {},
): Promise<SpeakerView> {
  const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
  await prepare(context);
  const page = await context.newPage();
  await page.goto(`${deck.url}index.html`);
  await waitForDeck(page);
  await gotoSlide(page, slide);
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  return { context, page, speaker };
}

/** The speaker view's preview of the next slide, once reveal has started in it and shows `slide`. */
async function upcomingPreview(speaker: Page, slide: string): Promise<Locator> {
  const frame = speaker.locator("#upcoming-slide iframe").contentFrame();
  const present = frame.locator(`.slides > section#${slide}.present`);
  await expect.poll(() => present.count(), { timeout: 30_000 }).toBe(1);
  return present;
}

type Box = { x: number; y: number; width: number; height: number };

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The boxes of the badges and of the upcoming slide's title, all in the speaker window's coordinates. */
async function boxes(speaker: Page, title: Locator) {
  // A layout change moves the previews; their slides settle once reveal has laid them out again.
  await speaker.waitForTimeout(300);
  const [upcoming, layout, heading] = await Promise.all([
    speaker.locator("#upcoming-slide .label").boundingBox(),
    speaker.locator("#speaker-layout").boundingBox(),
    title.boundingBox(),
  ]);
  if (upcoming === null || layout === null || heading === null) throw new Error("a badge or the title is not shown");
  return { upcoming, layout, heading };
}

describe("the speaker view's badges", () => {
  // The title slide, and a slide that builds: its preview is itself, one step on.
  it.each(["title", "trade"])("leave the title of what comes after %s uncovered, in every layout", async (from) => {
    const { context, page, speaker } = await openSpeakerView(from);
    const next = await page.$eval(`#${from}`, (s) =>
      s.querySelector(".fragment:not(.visible)") === null ? s.nextElementSibling?.id : s.id,
    );
    const title = (await upcomingPreview(speaker, next ?? "")).locator("h1, h2").first();
    for (const size of [
      { width: 1100, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await speaker.setViewportSize(size);
      for (const layout of ["default", "wide", "tall"]) {
        await speaker.locator("#speaker-layout select").selectOption(layout);
        const seen = await boxes(speaker, title);
        const where = `${size.width}x${size.height}, ${layout} layout`;
        expect(overlap(seen.upcoming, seen.heading), `"Upcoming" over the title at ${where}`).toBe(false);
        expect(overlap(seen.layout, seen.heading), `"Layout" over the title at ${where}`).toBe(false);
      }
    }
    await context.close();
  });
});

describe("the speaker view's previews", () => {
  it("show the next slide even when the upcoming preview loads after the speaker view has said which", async () => {
    // reveal's speaker view tells each preview its slide by message once the deck answers it: a preview still loading
    // then (as on a slow machine) misses the message. Hold the upcoming preview's page back past that moment.
    const { context, speaker } = await openSpeakerView("title", (held) =>
      held.route(/[?&]controls=false/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      }),
    );
    await upcomingPreview(speaker, "hook");
    await context.close();
  });
});

describe("the speaker view's notes", () => {
  it("open with the talking points and give each figure the essay's words and the section's name", async () => {
    const { context, page, speaker } = await openSpeakerView("trade");
    const notes = speaker.locator(".speaker-controls-notes .value");
    await expect.poll(() => notes.locator("li").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const ids = ((await page.getAttribute("#trade", "data-figures")) ?? "").split(" ").filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);

    // The first thing in the notes is the list of what to say.
    const first = await notes.evaluate((value) => value.querySelector("li")?.closest(".talking-points") !== null);
    expect(first).toBe(true);

    for (const id of ids) {
      const fig = figure(id as Parameters<typeof figure>[0]);
      if (fig.origin !== "essay") continue;
      const line = notes.locator(`li[data-figure="${id}"]`);
      const text = squash((await line.textContent()) ?? "");
      const section = dataset.sections.find((s) => s.id === fig.section);
      expect(text, id).toContain(squash(fig.quote));
      expect(text, id).toContain(section?.label ?? "a section");
      // The essay's title is on the slide's source line; each line of evidence does not repeat it.
      expect(text, id).not.toContain(dataset.meta.title);
      expect(text.split(" ").length - squash(fig.quote).split(" ").length, id).toBeLessThan(40);
    }
    await context.close();
  });
});

describe("the first load", () => {
  it("downloads neither the notes nor the notes plugin until the speaker view opens", async () => {
    const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    const bodies: { url: string; text: Promise<string> }[] = [];
    page.on("response", (response) => bodies.push({ url: response.url(), text: response.text().catch(() => "") }));
    await page.goto(`${deck.url}index.html`);
    await waitForDeck(page);
    // A talking point of a later slide's notes, and the speaker view that the notes plugin writes into its window.
    const [onLoad] = await Promise.all([Promise.all(bodies.map(async (b) => ({ url: b.url, text: await b.text })))]);
    const holding = (needle: string) => onLoad.filter((b) => b.text.includes(needle)).map((b) => b.url);
    expect(holding("Talking points")).toEqual([]);
    expect(holding("Speaker View")).toEqual([]);

    const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
    await expect
      .poll(() => speaker.locator(".speaker-controls-notes .value").textContent(), { timeout: 30_000 })
      .toContain("Talking points");
    await context.close();
  });
});
