// What the slides show, as a lecturer sees them on a 1920x1080 projector with every build step revealed: the title
// slide names the talk's presenter, event and date apart from the essay's byline, without the running footer; no
// heading line ends at a hyphen; every slide's content reaches into the lower part of the slide; every chart says
// what it measures, writes each bar's value, and keeps its words off its marks; and a country's colour is used only
// where that country is named.
import { dataset, formatWhen } from "@alignment/data";
import { talks } from "@alignment/lecture/talks";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedDeck, slideIds, squash, TALK_PAGES, waitForDeck } from "../support/deck.ts";

const deck = servedDeck();

/** Shows slide `index` of the open talk with all its build steps, as the lecturer has it after the last press. */
async function showWhole(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    window.Reveal.slide(i, 0);
    while (window.Reveal.nextFragment()) {
      // every step, one after another
    }
  }, index);
  await page.waitForFunction((i) => window.Reveal.getIndices().h === i, index);
}

/** A country whose colour the slides may use, and its name as the dataset gives it. */
interface Country {
  id: string;
  name: string;
}

/** For each slide: what the browser-side `probe` returns for it (given the countries), the slide shown whole. */
async function everySlide<T>(
  page: Page,
  probe: (slide: HTMLElement | SVGElement, countries: Country[]) => T,
  countries: Country[] = [],
): Promise<{ id: string; found: T }[]> {
  const ids = await slideIds(page);
  const results: { id: string; found: T }[] = [];
  for (const [index, id] of ids.entries()) {
    await showWhole(page, index);
    const found = await page.locator(`.slides > section#${id}`).evaluate(probe, countries);
    results.push({ id, found });
  }
  return results;
}

describe.each(TALK_PAGES)("the $talk's slides", ({ page: file, talk: talkId }) => {
  let page: Page;
  const talk = talks.find((t) => t.id === talkId);

  beforeAll(async () => {
    page = await deck.browser.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: "reduce" });
    await page.goto(`${deck.url}${file}`);
    await waitForDeck(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it("open with the talk's presenter, event and date, apart from the essay's author and date, and no footer", async () => {
    expect(talk).toBeDefined();
    if (talk === undefined) return;
    await showWhole(page, 0);
    const occasion = squash((await page.textContent("#title .occasion")) ?? "");
    expect(occasion).toContain(talk.occasion.presenter);
    expect(occasion).toContain(talk.occasion.event);
    expect(occasion).toContain(formatWhen({ start: talk.occasion.date, precision: "day" }));
    const byline = squash((await page.textContent("#title .byline")) ?? "");
    expect(byline).toContain(dataset.meta.author);
    expect(byline).toContain(formatWhen(dataset.meta.published));
    expect(byline).not.toContain(talk.occasion.presenter);
    expect(await page.isVisible("#title .deck-footer")).toBe(false);
    expect(squash((await page.textContent("#title h1")) ?? "")).toBe(dataset.meta.title);
  });

  it("spell as the essay spells: defense, never defence", async () => {
    const faces = await page.$$eval(".slides > section", (sections) =>
      sections.map((s) => {
        const face = s.cloneNode(true) as HTMLElement;
        face.querySelector(".slide-foot")?.remove();
        return face.textContent ?? "";
      }),
    );
    expect(faces.join(" ")).not.toMatch(/defence/i);
  });

  it("end no heading line at a hyphen or a dash", async () => {
    const ends = await everySlide(page, (slide) =>
      Array.from(slide.querySelectorAll("h1, h2")).flatMap((heading) => {
        // Each line's last character, from the boxes of the heading's characters.
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          for (let i = 0; i < node.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getClientRects()[0];
            if (box !== undefined && box.width > 0) chars.push({ c: node.data[i] ?? "", top: box.top });
          }
        }
        const lineEnds: string[] = [];
        chars.forEach((char, i) => {
          const next = chars[i + 1];
          if (next !== undefined && next.top > char.top + 5) lineEnds.push(char.c);
        });
        return lineEnds
          .filter((c) => c === "-" || c === "\u2013")
          .map((c) => `${heading.textContent} ends a line with ${c}`);
      }),
    );
    expect(ends.filter((e) => e.found.length > 0)).toEqual([]);
  });

  it("use the slide: each slide's content reaches below 60% of its height", async () => {
    const reach = await everySlide(page, (slide) => {
      const box = slide.getBoundingClientRect();
      const painted = Array.from(slide.querySelectorAll<HTMLElement>("*")).filter((el) => {
        // Inside a picture (a chart, the QR code), only the picture itself counts.
        if (el.closest(".slide-foot") || el.parentElement?.closest("svg")) return false;
        const style = getComputedStyle(el);
        if (style.visibility !== "visible" || Number(style.opacity) === 0) return false;
        if (el.matches("svg")) return true;
        const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        return ownText || style.backgroundColor !== "rgba(0, 0, 0, 0)";
      });
      const bottom = Math.max(...painted.map((el) => el.getBoundingClientRect().bottom));
      return Math.round(((bottom - box.top) / box.height) * 100);
    });
    expect(reach.filter((r) => r.found < 60)).toEqual([]);
  });

  it("say above each chart what it measures, write each bar's value, and keep words off the marks", async () => {
    const problems = await everySlide(page, (slide) =>
      Array.from(slide.querySelectorAll<SVGSVGElement>("svg.chart")).flatMap((chart) => {
        const found: string[] = [];
        const measure = chart.querySelector(".chart-measure");
        if (measure === null || (measure.textContent ?? "").trim().length < 10) found.push("no measure line");
        for (const bar of Array.from(chart.querySelectorAll("rect.bar"))) {
          if (!(bar.parentElement?.querySelector(".bar-value")?.textContent ?? "").trim())
            found.push("a bar without its value");
        }
        const boxes = (selector: string) =>
          Array.from(chart.querySelectorAll(selector)).map((el) => ({ el, box: el.getBoundingClientRect() }));
        const words = boxes("text").filter(({ box }) => box.width > 0);
        // Every shape the chart draws: bars, squares, seats, pills, the timeline's marks, arrows and axes.
        const marks = boxes("rect, circle, line, path").filter(({ el }) => !el.closest("defs"));
        const meet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const inside = (a: DOMRect, b: DOMRect) =>
          a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
        /** Whether a line crosses a box: sampled along its length. */
        const crosses = (line: SVGLineElement, box: DOMRect) => {
          const matrix = line.getScreenCTM();
          if (matrix === null) return false;
          const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
          const a = at(line.x1.baseVal.value, line.y1.baseVal.value);
          const b = at(line.x2.baseVal.value, line.y2.baseVal.value);
          for (let t = 0; t <= 1; t += 0.02) {
            const x = a.x + (b.x - a.x) * t;
            const y = a.y + (b.y - a.y) * t;
            if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
          }
          return false;
        };
        for (const word of words) {
          const said = (word.el.textContent ?? "").trim();
          for (const mark of marks) {
            const crossed =
              mark.el instanceof SVGLineElement
                ? crosses(mark.el, word.box)
                : meet(word.box, mark.box) && !inside(word.box, mark.box);
            if (crossed) found.push(`"${said}" crosses a mark`);
          }
          for (const other of words) {
            if (other !== word && other.el.compareDocumentPosition(word.el) & Node.DOCUMENT_POSITION_FOLLOWING) {
              if (!word.el.contains(other.el) && !other.el.contains(word.el) && meet(word.box, other.box)) {
                found.push(`"${said}" overlaps "${(other.el.textContent ?? "").trim()}"`);
              }
            }
          }
        }
        return found.map((f) => `${chart.id || chart.getAttribute("aria-labelledby")}: ${f}`);
      }),
    );
    expect(problems.filter((p) => p.found.length > 0)).toEqual([]);
  });

  it("draw every mark of a chart whole: no outline cut by the chart's edge", async () => {
    const cut = await everySlide(page, (slide) =>
      Array.from(slide.querySelectorAll<SVGSVGElement>("svg.chart")).flatMap((chart) => {
        const edge = chart.getBoundingClientRect();
        const viewBox = chart.viewBox.baseVal;
        const scale = Math.min(edge.width / viewBox.width, edge.height / viewBox.height);
        // An arrowhead's path in <defs> is drawn where the marker puts it, not where the path lies.
        const marks = Array.from(chart.querySelectorAll("rect, circle, path, line")).filter(
          (el) => !el.closest("defs"),
        );
        return marks.flatMap((mark) => {
          const style = getComputedStyle(mark);
          // Half an outline lies outside the shape the box measures.
          const half = style.stroke === "none" ? 0 : (Number.parseFloat(style.strokeWidth) / 2) * scale;
          const box = mark.getBoundingClientRect();
          const outside =
            box.left - half < edge.left - 0.01 ||
            box.right + half > edge.right + 0.01 ||
            box.top - half < edge.top - 0.01 ||
            box.bottom + half > edge.bottom + 0.01;
          return outside ? [`${chart.getAttribute("aria-labelledby")}: a ${mark.tagName} reaches past the edge`] : [];
        });
      }),
    );
    expect(cut.filter((slide) => slide.found.length > 0)).toEqual([]);
  });

  it("use a country's colour only where that country is named", async () => {
    const countries = dataset.entities
      .filter((e) => e.id === "russia" || e.id === "china")
      .map((e) => ({ id: e.id, name: e.name }));
    const misuse = await everySlide(
      page,
      (slide, named) => {
        const rootStyle = getComputedStyle(document.documentElement);
        const rgb = (hex: string) => {
          const h = hex.trim().replace("#", "");
          const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
          return `rgb(${r}, ${g}, ${b})`;
        };
        const found: string[] = [];
        for (const country of named) {
          const colour = rgb(rootStyle.getPropertyValue(`--${country.id}`));
          for (const el of Array.from(slide.querySelectorAll<Element>("*"))) {
            if (el.closest(".slide-foot")) continue;
            const style = getComputedStyle(el);
            const ownText = Array.from(el.childNodes).some(
              (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
            );
            const painted =
              (el instanceof SVGElement &&
                (style.fill === colour || (style.stroke === colour && style.strokeWidth !== "0px"))) ||
              (ownText && style.color === colour) ||
              style.backgroundColor === colour ||
              (style.borderTopColor === colour && style.borderTopWidth !== "0px" && style.borderTopStyle !== "none");
            if (!painted) continue;
            const chart = el.closest("svg.chart");
            const context = chart
              ? Array.from(chart.querySelectorAll("text"))
                  .map((t) => t.textContent ?? "")
                  .join(" ")
              : ((el.closest("li, p, h1, h2, h3, .card, figure") ?? el).textContent ?? "");
            if (!context.includes(country.name))
              found.push(`${el.tagName} in ${country.name}'s colour: "${context.trim().slice(0, 80)}"`);
          }
        }
        return found;
      },
      countries,
    );
    expect(misuse.filter((m) => m.found.length > 0)).toEqual([]);
  });
});
