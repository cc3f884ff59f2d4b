// The baseline deck is only a fair floor if it carries exactly the slides and words of ours: the reading of a built
// deck's HTML that it is generated from.
import { describe, expect, it } from "vitest";
import { baselineHtml } from "../src/baseline.ts";
import { slidesOf } from "../src/slides.ts";

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

describe("reading the slides of a built deck", () => {
  it("keeps every slide a viewer steps through, in order, with its notes apart", () => {
    expect(slidesOf(deck)).toEqual([
      {
        blocks: ["Trade & oil", "$107.1 billion in 2018"],
        notes: ["Say where the figure comes from.", "Then \u201cpause\u201d."],
      },
      { blocks: ["Vertical one", "Chart", "38 bcm"], notes: [] },
      { blocks: ["Vertical two"], notes: [] },
      { blocks: ["Noted"], notes: ["Point & counterpoint", "Two"] },
    ]);
  });

  it("writes a baseline page that reads back as the same slides", () => {
    const slides = slidesOf(deck);
    expect(slidesOf(baselineHtml(slides))).toEqual(slides);
  });
});
