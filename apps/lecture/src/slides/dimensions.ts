// The turn to the essay's three dimensions of realignment.
import { html, join } from "../engine/html.ts";
import { qualifiedValue, unbroken, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { filled, heading } from "./layout.ts";

export const threeDimensions: SlideMaker = (deck) =>
  slide(deck, "three-dimensions", (d) => {
    const section = d.section("section.three-dimensions");
    const since = d.event("event.cooperation-since-2012");
    const border = d.figure("border.length");
    const widened = d.claim("claim.cooperation-widened");
    // A line may end at a separator but not start with one: each name's last word keeps the dot after it.
    const separated = (names: readonly string[]) =>
      join(
        names.map((name, i) => {
          if (i === names.length - 1) return html`${name}`;
          const last = name.lastIndexOf(" ") + 1;
          return html`${name.slice(0, last)}${unbroken(`${name.slice(last)} ·`)}`;
        }),
        html` `,
      );
    const card = (title: string, names: readonly string[]) =>
      html`<div class="card"><h3>${title}</h3><p>${separated(names)}</p></div>`;
    const names = (...ids: Parameters<typeof d.entity>[0][]) =>
      ids.map((id) => d.entity(id).shortName ?? d.entity(id).name);
    return {
      body: filled(
        heading(section.heading ?? section.label),
        html`<p class="lead">Cooperation ${when(since)}, far beyond a shared border of ${qualifiedValue(border)}.</p>
<div class="cards">
${card("Defense", names("s-400", "su-35", "vostok-2018", "tsentr-2019"))}
${card("Economy", names("espo", "power-of-siberia", "power-of-siberia-2"))}
${card("Politics", names("un-security-council", "sco", "belt-and-road", "northern-sea-route"))}
</div>`,
      ),
      points: [html`${widened.label}.`, html`Take the three dimensions in turn: defense, economy, politics.`],
    };
  });
