// How the PowerPoint export reads a slide's markup (face.ts): the cards keep the colour of their top edge, as the
// deck draws them, and an edge it cannot read stops the export with the slide named rather than turning grey.
import { describe, expect, it } from "vitest";
import { palette } from "../src/design/palette.ts";
import { trustedMarkup } from "../src/engine/html.ts";
import { readFace } from "../src/export/pptx/face.ts";

const cards = (style: string) =>
  trustedMarkup(
    `<h2>Friends</h2><ul class="events event-cards"><li class="card" style="${style}"><strong class="date">2017</strong><span>An order</span></li><li class="card"><strong class="date">2018</strong><span>A medal</span></li></ul>`,
  );

describe("readFace, on cards", () => {
  it("keeps each card's edge: the colour its markup sets, else the neutral one", () => {
    const face = readFace("friendship", cards(`border-top-color:${palette.russia}`));
    const block = face.blocks.find((b) => b.kind === "cards");
    expect(block?.kind === "cards" && block.cards.map((card) => card.edge)).toEqual([palette.russia, palette.other]);
  });

  it("sets an event card's date on a line of its own, in bold, above what happened", () => {
    const block = readFace("friendship", cards("")).blocks.find((b) => b.kind === "cards");
    const first = block?.kind === "cards" ? block.cards[0]?.paragraphs : undefined;
    expect(first?.map((p) => p.runs.map((run) => run.text).join(""))).toEqual(["2017", "An order"]);
    expect(first?.[0]?.style.bold).toBe(true);
  });

  it("names the slide when a card's edge is set in a form it cannot read", () => {
    expect(() => readFace("friendship", cards("border-top-color: rgb(29, 79, 145)"))).toThrow(
      /Slide "friendship" › <li>: a card edge colour other than #rrggbb/,
    );
  });
});

describe("readFace, on words kept together", () => {
  it("joins the words of an unbroken span by no-break spaces, so a text box does not part them either", () => {
    const face = readFace(
      "three-dimensions",
      trustedMarkup(`<h2>Three</h2><p>UN Security <span class="unbroken">Council ·</span> SCO</p>`),
    );
    const block = face.blocks[0];
    const text = block?.kind === "text" ? block.paragraphs[0]?.runs.map((run) => run.text).join("") : undefined;
    expect(text).toBe("UN Security Council\u00a0· SCO");
  });
});
