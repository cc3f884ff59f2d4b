// The opening of the essay: the title, and the hook of its first paragraph.
import { formatWhen } from "@alignment/data";
import { html } from "../engine/html.ts";
import { qualifiedValue, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import type { Occasion } from "../talks/talk.ts";
import { followCode, heading, keepTogether } from "./layout.ts";

/**
 * The title slide: the essay's title and subtitle, its author and date, then the talk's own: who presents it, where
 * and when. No running footer: it would repeat the title under the title.
 */
export const title =
  (occasion: Occasion): SlideMaker =>
  (deck) =>
    slide(deck, "title", (d) => {
      const names = deck.dataset.entities.map((e) => e.name);
      const on = formatWhen({ start: occasion.date, precision: "day" });
      return {
        layout: "title-slide",
        body: html`<header class="title-block"><h1>${keepTogether(d.meta.title, names)}</h1>
<p class="subtitle">${d.meta.subtitle}</p></header>
<div class="title-details"><div>
<p class="byline">Essay: ${d.meta.author}, ${d.meta.affiliation}, ${formatWhen(d.meta.published)}</p>
<p class="occasion"><span>Presented by ${occasion.presenter}</span><span>${occasion.event}</span><time datetime="${occasion.date}">${on}</time></p>
<p class="data-version">Every fact in this talk comes from @alignment/data ${deck.options.dataVersion}</p>
</div>${followCode(deck)}</div>`,
        points: [
          html`${occasion.event}, ${on}. A talk built from the essay by ${d.meta.author} (${formatWhen(d.meta.published)}). Every number, date, name and quotation on these slides is read from the data package, version ${deck.options.dataVersion}.`,
        ],
      };
    });

export const hook: SlideMaker = (deck) =>
  slide(deck, "hook", (d) => {
    const meetings = d.figure("meetings.xi-putin");
    const most = d.claim("claim.met-more-than-any-leaders");
    const tighter = d.claim("claim.alignment-tighter");
    return {
      layout: "hook-slide",
      body: html`${heading(most.label)}
<div class="big-figure"><p class="big-number">${qualifiedValue(meetings)}</p><p class="caption">${meetings.label}, ${when(meetings)}</p></div>
<p class="lead">${tighter.label}</p>`,
      points: [
        html`Open with the number: ${qualifiedValue(meetings)}, ${when(meetings)}, the time of writing. Ask the room to guess first.`,
        html`${tighter.label}: the rest of the talk asks how, and how far.`,
      ],
    };
  });
