// What a slide shows keeps the essay's hedges: every figure value on a slide's face stands with its qualifier ("an
// estimated", "about", "only") and, if computed, says "computed"; every dated event on a face shows its date as the
// essay bounds it ("by 2016", "since the mid-2000s"); and every claim or comparison shown carries its hedging words.
// Read from the built talks in Chromium, faces only (the notes are checked by the data package's own formatting).
import { dataset, formatQualifiedValue, formatValue, formatWhen } from "@alignment/data";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { servedDeck, squash, TALK_PAGES, waitForDeck } from "../support/deck.ts";

interface ShownValue {
  slide: string;
  id: string;
  /** The text of the line, label or chart the value stands in. */
  context: string;
}
interface ShownEvent {
  slide: string;
  date: string;
  label: string;
}
interface Face {
  slide: string;
  text: string;
  records: string[];
}

const deck = servedDeck();
const faces = new Map<string, { values: ShownValue[]; events: ShownEvent[]; faces: Face[] }>();

async function readFaces(page: Page) {
  return page.evaluate(() => {
    const sections = Array.from(document.querySelectorAll<HTMLElement>(".reveal .slides > section"));
    const values = Array.from(document.querySelectorAll<Element>(".reveal .slides [data-figure]")).map((el) => {
      const block = el.closest("p, li, h2, h3, td, .big-figure") ?? el.closest("svg");
      return {
        slide: el.closest("section")?.id ?? "",
        id: el.getAttribute("data-figure") ?? "",
        context: block?.textContent ?? "",
      };
    });
    const events = Array.from(document.querySelectorAll<Element>(".reveal .slides ul.events li")).map((li) => ({
      slide: li.closest("section")?.id ?? "",
      date: li.querySelector(".date")?.textContent ?? "",
      label: li.querySelector("span")?.textContent ?? "",
    }));
    const faces = sections.map((s) => {
      const face = s.cloneNode(true) as HTMLElement;
      face.querySelector("footer")?.remove();
      return { slide: s.id, text: face.textContent ?? "", records: (s.dataset.records ?? "").split(" ") };
    });
    return { values, events, faces };
  });
}

beforeAll(async () => {
  for (const { page: file } of TALK_PAGES) {
    const page = await deck.browser.newPage();
    await page.goto(`${deck.url}${file}`);
    await waitForDeck(page);
    faces.set(file, await readFaces(page));
    await page.close();
  }
}, 60_000);

const figureById = new Map<string, (typeof dataset.figures)[number]>(dataset.figures.map((f) => [f.id, f]));
const byLabel = new Map(dataset.events.map((e) => [e.label, e]));

describe.each(TALK_PAGES)("$talk: the slides keep the essay's hedges", ({ page }) => {
  it("shows every figure with its qualifier, and a computed one as computed", () => {
    const { values } = faces.get(page) ?? { values: [] };
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) {
      const f = figureById.get(v.id);
      expect(f, v.id).toBeDefined();
      if (f === undefined) continue;
      const full = formatQualifiedValue(f);
      const plain = formatValue(f);
      const hedge = full.slice(0, full.indexOf(plain)).trim();
      const context = squash(v.context);
      if (hedge !== "") expect(context, `${v.slide} › ${v.id}`).toContain(hedge);
      if (f.origin === "derived") expect(context, `${v.slide} › ${v.id}`).toContain("computed");
    }
  });

  it("dates every listed event as the essay bounds it", () => {
    const { events } = faces.get(page) ?? { events: [] };
    for (const e of events) {
      const record = byLabel.get(e.label);
      expect(record, `${e.slide}: ${e.label}`).toBeDefined();
      expect(squash(e.date), `${e.slide}: ${e.label}`).toBe(record?.when ? formatWhen(record.when) : "");
    }
  });

  it("carries every shown claim's and comparison's hedge on the face", () => {
    for (const face of faces.get(page)?.faces ?? []) {
      const text = squash(face.text).toLowerCase();
      for (const id of face.records) {
        const r = [...dataset.claims, ...dataset.comparisons].find((c) => c.id === id);
        if (r === undefined || r.hedge === undefined) continue;
        // Shown on the face means its label is there; then so is its hedge, in the essay's words.
        if (text.includes(squash(r.label).toLowerCase()))
          expect(text, `${face.slide} › ${id}`).toContain(r.hedge.toLowerCase());
      }
    }
  });

  it("writes no computed number with more digits than its inputs have", () => {
    for (const face of faces.get(page)?.faces ?? []) expect(face.text, face.slide).not.toMatch(/1\.25%|53\.88%/);
  });
});
