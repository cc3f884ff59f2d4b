// The baseline deck is only a fair floor if it carries exactly the slides and words of ours: the reading of a built
// deck's HTML that it is generated from.
import { describe, expect, it } from "vitest";
import { baselineHtml } from "../src/baseline.ts";
import { slidesOf, withoutCharts, wordsOf } from "../src/slides.ts";

const deck = `<!doctype html><html><head><title>Not a slide</title><style>.x::after{content:"<p>"}</style></head>
<body><div class="reveal"><div class="slides">
  <section data-state="title"><h1>Trade &amp; oil</h1><p>$107.1&nbsp;billion in <em>2018</em></p>
    <aside class="notes"><p>Say where the figure comes from.</p><p>Then &#8220;pause&#8221;.</p></aside></section>
  <section>
    <section><h2>Vertical one</h2><svg viewBox="0 0 10 10"><title>Chart</title><text x="1">38 bcm</text></svg></section>
    <section data-note="a > b"><p>Vertical two</p><script>const fake = "<section>";</script></section>
  </section>
  <section data-notes="&lt;p&gt;Point &amp;amp; counterpoint&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;"><h2>Noted</h2></section>
</div></div></body></html>`;

const CHART = `<svg viewBox="0 0 10 10"><title>Chart</title><text x="1">38 bcm</text></svg>`;

describe("reading the slides of a built deck", () => {
  it("keeps every slide a viewer steps through, in order, with its notes apart", () => {
    expect(slidesOf(deck)).toEqual([
      {
        blocks: ["Trade & oil", "$107.1 billion in 2018"],
        notes: ["Say where the figure comes from.", "Then \u201cpause\u201d."],
        charts: [],
      },
      { blocks: ["Vertical one", "Chart", "38 bcm"], notes: [], charts: [CHART] },
      { blocks: ["Vertical two"], notes: [], charts: [] },
      { blocks: ["Noted"], notes: ["Point & counterpoint", "Two"], charts: [] },
    ]);
  });

  it("writes a baseline page that reads back as the same slides and words, with no chart drawn", () => {
    const slides = slidesOf(deck);
    const baseline = slidesOf(baselineHtml(slides));
    expect(wordsOf(baseline)).toEqual(wordsOf(slides));
    expect(baseline.flatMap((slide) => slide.charts)).toEqual([]);
  });

  it("writes the floor with charts: the same drawings, and each word once (a chart's words only in the chart)", () => {
    const slides = slidesOf(deck);
    const html = baselineHtml(slides, true);
    expect(html.split("38 bcm")).toHaveLength(2);
    const read = slidesOf(html);
    expect(read.map((slide) => slide.charts)).toEqual(slides.map((slide) => slide.charts));
    expect(read.map((slide) => [...slide.blocks].sort())).toEqual(slides.map((slide) => [...slide.blocks].sort()));
  });

  it("takes a deck's charts out, with the words drawn in them, and leaves every other word where it was", () => {
    const read = slidesOf(withoutCharts(deck));
    expect(read.flatMap((slide) => slide.charts)).toEqual([]);
    expect(read.map((slide) => slide.blocks)).toEqual([
      ["Trade & oil", "$107.1 billion in 2018"],
      ["Vertical one"],
      ["Vertical two"],
      ["Noted"],
    ]);
    expect(wordsOf(read).map((slide) => slide.notes)).toEqual(wordsOf(slidesOf(deck)).map((slide) => slide.notes));
  });
});
