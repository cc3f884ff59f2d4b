// The built deck (apps/lecture/dist) served as `pnpm start` serves it, in a real Chromium:
// what a lecturer and an audience would notice.

import type { FigureId, RecordId } from "@alignment/data";
import { figure, formatValue, record } from "@alignment/data";
import { seriousViolations } from "@alignment/devkit/axe";
import { watch } from "@alignment/devkit/page";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  currentSlide,
  gotoSlide,
  servedDeck,
  slideIds,
  squash,
  TALK_PAGES,
  talkNotes,
  waitForDeck,
} from "../support/deck.ts";

const deck = servedDeck();

interface Visit {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens a talk with every request and console error recorded. Reduced motion: no transitions to wait for. */
async function open(path: string): Promise<Visit> {
  const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const { requests, errors } = watch(page);
  await page.goto(`${deck.url}${path}`);
  await waitForDeck(page);
  return { context, page, requests, errors };
}

describe.each(TALK_PAGES)("the $talk ($page)", ({ page: path, talk }) => {
  let visit: Visit;
  let ids: string[];

  beforeAll(async () => {
    visit = await open(path);
    ids = await slideIds(visit.page);
  });
  afterAll(async () => {
    await visit?.context.close();
  });

  it("is the talk it claims to be, with slides that have unique ids", async () => {
    expect(await visit.page.locator(".reveal").getAttribute("data-talk")).toBe(talk);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reaches every slide, in order, from the keyboard alone, and numbers each one", async () => {
    const { page } = visit;
    await page.keyboard.press("Home");
    const seen = [await currentSlide(page)];
    for (let i = 1; i < ids.length; i++) {
      // A slide that builds takes a press per step before the next slide comes: one press more than its steps.
      const steps = await page.$$eval(".slides > section.present .fragment:not(.visible)", (f) => f.length);
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        (prev) => document.querySelector(".slides > section.present")?.id !== prev,
        seen.at(-1),
      );
      seen.push(await currentSlide(page));
      const number = (await page.locator(".slide-number").textContent())?.replace(/\s+/g, "");
      expect(number).toBe(`${i + 1}/${ids.length}`);
    }
    expect(seen).toEqual(ids);
    // The URL names the slide (reveal writes it shortly after the move), so a bookmark comes back to it.
    await page.waitForFunction((hash) => window.location.hash === hash, `#/${ids.at(-1)}`);
    await page.reload();
    await waitForDeck(page);
    expect(await currentSlide(page)).toBe(ids.at(-1));
    await page.keyboard.press("Home");
    await page.waitForFunction((first) => document.querySelector(".slides > section.present")?.id === first, ids[0]);
  });

  it("shows every figure exactly as the data package formats it", async () => {
    const shown = await visit.page.$$eval("[data-figure]", (elements) =>
      elements.map((e) => ({ id: e.getAttribute("data-figure") ?? "", text: e.textContent ?? "" })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const { id, text } of shown) {
      expect(text, id).toBe(formatValue(figure(id as FigureId)));
    }
    // A count said as a part of a whole ("2 of the 5 permanent seats") shows its bare number as the package writes it.
    const counts = await visit.page.$$eval("[data-figure-count]", (elements) =>
      elements.map((e) => ({ id: e.getAttribute("data-figure-count") ?? "", text: e.textContent ?? "" })),
    );
    for (const { id, text } of counts) {
      expect(text, id).toBe(formatValue({ ...figure(id as FigureId), counts: undefined }));
    }
  });

  it("shows the data package's version on the title slide and in every slide's footer", async () => {
    const { version } = (await import("@alignment/data/package.json", { with: { type: "json" } })).default;
    const title = await visit.page.locator("section#title").textContent();
    expect(title).toContain(version);
    const footers = await visit.page.$$eval(".slides > section .deck-footer", (fs) => fs.map((f) => f.textContent));
    expect(footers).toHaveLength(ids.length);
    for (const footer of footers) expect(footer).toContain(version);
  });

  it("gives every slide with a figure a source line linking each figure to the fact explorer", async () => {
    const slides = await visit.page.$$eval(".slides > section", (sections) =>
      sections.map((s) => ({
        id: s.id,
        figures: (s.getAttribute("data-figures") ?? "").split(" ").filter(Boolean),
        links: Array.from(s.querySelectorAll(".source-line a")).map((a) => a.getAttribute("href")),
      })),
    );
    const withFigures = slides.filter((s) => s.figures.length > 0);
    expect(withFigures.length).toBeGreaterThan(2);
    for (const s of withFigures) {
      expect(s.links, s.id).toEqual(s.figures.map((id) => `explorer/#/fact/${id}`));
    }
  });

  it("gives every slide with a figure speaker notes: talking points, each figure's quote and section", async () => {
    const slides = await visit.page.$$eval(".slides > section", (sections) =>
      sections.map((s) => ({ id: s.id, figures: (s.getAttribute("data-figures") ?? "").split(" ").filter(Boolean) })),
    );
    const notesOf = await talkNotes(visit.page);
    for (const s of slides.filter((x) => x.figures.length > 0)) {
      const notes = squash(notesOf[s.id]?.text ?? "");
      expect(notesOf[s.id]?.points.length, s.id).toBeGreaterThan(0);
      for (const id of s.figures) {
        const fig = figure(id as FigureId);
        if (fig.origin === "essay") expect(notes, `${s.id}: ${id}`).toContain(squash(fig.quote));
        else expect(notes, `${s.id}: ${id}`).toContain("Computed, not in the essay");
        const section = record(fig.section as RecordId);
        expect(notes, `${s.id}: ${id}`).toContain(section.kind === "section" ? section.label : "");
      }
    }
  });

  it("gives every chart a title and a description for screen readers", async () => {
    const charts = await visit.page.$$eval("svg.chart", (svgs) =>
      svgs.map((svg) => {
        const named = (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id));
        return {
          role: svg.getAttribute("role"),
          title: svg.querySelector("title")?.textContent ?? "",
          desc: svg.querySelector("desc")?.textContent ?? "",
          labelledBy: named.map((el) => el?.tagName ?? "missing"),
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(talk === "lecture" ? 6 : 2);
    for (const chart of charts) {
      expect(chart.role).toBe("img");
      expect(chart.title.length).toBeGreaterThan(10);
      expect(chart.desc.length).toBeGreaterThan(10);
      expect(chart.labelledBy).toEqual(["title", "desc"]);
    }
  });

  it("sizes the speaker view's pacing timer to the talk", async () => {
    const seconds = Number(await visit.page.locator(".reveal").getAttribute("data-total-time"));
    expect(seconds).toBe(talk === "lecture" ? 45 * 60 : 10 * 60);
  });

  it("keeps every slide's content clear of its source line and inside the slide", async () => {
    const { page } = visit;
    const clashes: string[] = [];
    for (const id of ids) {
      await gotoSlide(page, id);
      const clash = await page.evaluate((slideId) => {
        const slide = document.getElementById(slideId) as HTMLElement;
        const box = slide.getBoundingClientRect();
        const footer = slide.querySelector(".slide-foot") as HTMLElement;
        // A slide without its foot (the title slide) keeps its content inside the slide itself.
        const limit = footer.offsetParent === null ? box.bottom : footer.getBoundingClientRect().top;
        // Every element, not only the slide's children: a wrapper of fixed height (a slide that spreads its content
        // over the slide) would hide what overflows it.
        const content = Array.from(slide.querySelectorAll("*")).filter((c) => !c.closest(".slide-foot"));
        const bottom = Math.max(...content.map((c) => c.getBoundingClientRect().bottom));
        const right = Math.max(...content.map((c) => c.getBoundingClientRect().right));
        return bottom > limit + 1 || right > box.right + 1 ? `bottom ${bottom} > ${limit} or right ${right}` : "";
      }, id);
      if (clash) clashes.push(`#/${id}: ${clash}`);
    }
    expect(clashes).toEqual([]);
  });

  it("leaves reveal's arrows and the slide number clear of each other and of the slide's text", async () => {
    const { page } = visit;
    // A slide in the middle: both arrows are shown.
    await gotoSlide(page, ids[Math.floor(ids.length / 2)] ?? "");
    const overlaps = await page.evaluate(() => {
      const box = (element: Element) => element.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const arrows = Array.from(document.querySelectorAll(".controls .navigate-left, .controls .navigate-right"));
      const number = box(document.querySelector(".slide-number") as Element);
      const slide = document.querySelector(".slides > section.present") as Element;
      const text = Array.from(slide.querySelectorAll("p, li, h2, svg")).map(box);
      return arrows.flatMap((arrow) => {
        const a = box(arrow);
        const found = [meet(a, number) ? "the slide number" : "", ...text.map((t) => (meet(a, t) ? "text" : ""))];
        return found.filter(Boolean).map((what) => `${arrow.className} covers ${what}`);
      });
    });
    expect(overlaps).toEqual([]);
  });

  it("has no serious or critical accessibility violation on any slide (axe-core)", async () => {
    const { page } = visit;
    const problems: string[] = [];
    for (const id of ids) {
      await gotoSlide(page, id);
      const violations = await seriousViolations(page, ".reveal");
      problems.push(...violations.map((v) => `#/${id} ${v}`));
    }
    expect(problems).toEqual([]);
  });

  it("has made no request outside its own origin and logged no error", async () => {
    const origin = new URL(deck.url).origin;
    const foreign = visit.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(visit.errors).toEqual([]);
  });
});
