// The PowerPoint export sets each slide's words at the deck's sizes: every paragraph it reads from a slide (face.ts),
// before its layout fits a long slide smaller, has the size and weight Chromium gives the same words on the deck's
// slide. The sizes come from one type scale (design/type-scale.ts); this catches a rule of the theme and a size of the
// export that have gone apart.
import { loadDeckData } from "@alignment/lecture/load-deck-data";
import { type Block, type Paragraph, readFace } from "@alignment/lecture/pptx-face";
import { buildSlides } from "@alignment/lecture/render";
import { talks } from "@alignment/lecture/talks";
import { describe, expect, it } from "vitest";
import { servedDeck, waitForDeck } from "../support/deck.ts";

const deckServer = servedDeck();

/** Text as the deck's elements hold it: spaces collapsed, without the marks the theme adds (a quote's, a speaker's dash). */
const bare = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/^[\s\u201c\u2014]+|[\s\u201d]+$/g, "")
    .trim();

interface Expected {
  text: string;
  size: number;
  bold: boolean;
}

/**
 * What a paragraph should look like in the deck: its words on one element, at its size and weight; or, where the deck
 * sets them on elements of their own (a card's event: its date, then what happened), each run on its own.
 */
function expectedOf(paragraph: Paragraph): { whole: Expected; runs: Expected[] } {
  const { size, bold = false } = paragraph.style;
  return {
    whole: { text: bare(paragraph.runs.map((run) => run.text).join("")), size, bold },
    runs: paragraph.runs
      .map((run) => ({ text: bare(run.text), size: size * (run.scale ?? 1), bold: run.bold ?? bold }))
      .filter((run) => run.text !== ""),
  };
}

function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case "text":
      case "quote":
        return block.paragraphs;
      case "follow":
        return block.caption;
      case "cards":
        return block.cards.flatMap((card) => card.paragraphs);
      case "columns":
        return block.columns.flatMap(paragraphsOf);
      case "events":
        return block.rows.flatMap((row) => [
          { style: { size: block.size, bold: true }, runs: row.date },
          { style: { size: block.size }, runs: row.label },
        ]);
      case "chart":
        return [];
      default:
        return block satisfies never;
    }
  });
}

describe.each(talks)("the $id talk's PowerPoint type", (talk) => {
  it("is the deck's: each paragraph at the size and weight the deck's slide sets the same words in", async () => {
    // The data as the build reads it, so that the slides here are the built deck's.
    const deck = await loadDeckData("explorer/");
    const page = await deckServer.browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(`${deckServer.url}${talk.page}`);
      await waitForDeck(page);
      const mismatches: string[] = [];
      let checked = 0;
      let paragraphCount = 0;
      for (const slide of buildSlides(talk, deck)) {
        const face = readFace(slide.id, slide.body, slide.layout);
        const paragraphs = [face.title, ...paragraphsOf(face.blocks)];
        const expected = paragraphs.map(expectedOf).filter((e) => e.whole.text !== "");
        paragraphCount += expected.length;
        const texts = expected.flatMap((e) => [e.whole.text, ...e.runs.map((run) => run.text)]);
        // The deck's type for each text: the innermost element of the slide that holds exactly those words.
        const found = await page.$eval(
          `section#${slide.id}`,
          (section, wanted) =>
            wanted.map((text) => {
              const norm = (t: string) =>
                t
                  .replace(/\s+/g, " ")
                  .replace(/^[\s\u201c\u2014]+|[\s\u201d]+$/g, "")
                  .trim();
              const holders = Array.from(section.querySelectorAll("*")).filter(
                (el) => !el.closest("svg, aside, .slide-foot") && norm(el.textContent ?? "") === text,
              );
              const innermost = holders.find((el) => !holders.some((other) => other !== el && el.contains(other)));
              if (innermost === undefined) return undefined;
              const style = getComputedStyle(innermost);
              return { size: Number.parseFloat(style.fontSize), bold: Number(style.fontWeight) >= 600 };
            }),
          texts,
        );
        const shown = new Map(texts.map((text, i) => [text, found[i]]));
        const check = (e: Expected) => {
          const deckType = shown.get(e.text);
          if (deckType === undefined) return false;
          checked += 1;
          if (Math.abs(deckType.size - e.size) > 0.01 || deckType.bold !== e.bold)
            mismatches.push(
              `${slide.id}: "${e.text.slice(0, 40)}" at ${e.size}px${e.bold ? " bold" : ""}, ` +
                `the deck ${deckType.size}px${deckType.bold ? " bold" : ""}`,
            );
          return true;
        };
        for (const { whole, runs } of expected) {
          // A run at a share of its paragraph's size (a heading's "(1 of 2)") is an element of its own in the deck.
          if (check(whole)) runs.filter((run) => run.size !== whole.size).forEach(check);
          else if (!runs.every(check))
            mismatches.push(
              `${slide.id}: "${whole.text.slice(0, 40)}" is not on the deck's slide as one element or by runs`,
            );
        }
      }
      expect(mismatches).toEqual([]);
      // Every paragraph was compared, whole or by its runs: none passed unchecked.
      expect(checked).toBeGreaterThanOrEqual(paragraphCount);
      expect(paragraphCount).toBeGreaterThan(40);
    } finally {
      await page.close();
    }
  });
});
