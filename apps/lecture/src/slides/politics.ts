// Politics: the UN Security Council, the SCO, BRI and the Eurasian Economic Union, Central Asia and the Northern
// Sea Route.
import { formatValue } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { colourOf } from "../design/palette.ts";
import type { Figure } from "../engine/deck-data.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { blockQuote, value, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { claimList, eventList, filled, heading } from "./layout.ts";

export const securityCouncil: SlideMaker = (deck) =>
  slide(deck, "security-council", (d) => {
    const held = d.figure("unsc.permanent-seats.held");
    const total = d.figure("unsc.permanent-seats.total");
    const unison = d.claim("claim.unsc-unison");
    const spheres = d.claim("claim.spheres-of-influence");
    const council = d.entity("un-security-council");
    const holders = held.subjects
      .map((id) => d.deck.lookup(d.slideId, "entity", id))
      .filter((e) => e.type === "country")
      .map((e) => ({ name: e.name, colour: colourOf(e.id) }));
    const names = holders.map((h) => h.name).join(" and ");
    const seats = html`${names} hold ${countOf(held, total)}`;
    const chart: Chart = {
      kind: "seats",
      options: {
        id: "chart-seats",
        title: `${names} hold ${plainCount(held, total)} on the ${council.name}`,
        description: `${names} hold ${plainCount(held, total)} on the ${council.name}; the essay does not name the others here.`,
        measure: `Permanent seats on the ${council.shortName ?? council.name}, one circle per seat`,
        total: total.value,
        holders,
        othersLabel: "The other permanent members",
      },
    };
    // The heading says what the chart shows; the essay's claim about their votes, which the chart cannot show, follows.
    return {
      layout: "chart-slide",
      chart,
      body: html`${heading(html`${seats} on the ${council.shortName ?? council.name}`)}
<div class="chart-frame">${drawChart(chart)}</div>
<p class="lead">${unison.label}</p>
${claimList([spheres])}`,
      points: [html`${seats}.`, html`${unison.label}.`, html`${spheres.label}.`],
      chartData: dataTable(
        council.name,
        ["Seats", "Count"],
        [
          [held.label, formatValue(held)],
          [total.label, formatValue(total)],
        ],
      ),
    };
  });

/** "2 of the 5 permanent seats": the part as a bare number, the whole with what it counts, as a person says it. */
function countOf(part: Figure, whole: Figure): SafeHtml {
  return html`<data class="figure-value" data-figure-count="${part.id}" value="${part.value}">${formatValue({ ...part, counts: undefined })}</data> of the ${value(whole)}`;
}

function plainCount(part: Figure, whole: Figure): string {
  return `${formatValue({ ...part, counts: undefined })} of the ${formatValue(whole)}`;
}

export const regionalBodies: SlideMaker = (deck) =>
  slide(deck, "regional-bodies", (d) => {
    const sco = d.claim("claim.sco-founded-jointly");
    const focus = d.quotation("quote.sco-common-focus");
    const bri = d.claim("claim.bri-competition");
    const eaeu = d.event("event.eaeu-coordination");
    const name = (id: "sco" | "belt-and-road" | "eurasian-economic-union") =>
      d.entity(id).shortName ?? d.entity(id).name;
    return {
      body: html`${heading(html`${name("sco")}, ${name("belt-and-road")} and the ${name("eurasian-economic-union")}`)}
${claimList([bri])}${eventList([eaeu])}${claimList([sco])}${blockQuote(d, focus)}`,
      points: [html`${bri.label}.`, html`${eaeu.label} (${when(eaeu)}).`, html`${sco.label}.`],
    };
  });

export const centralAsiaAndArctic: SlideMaker = (deck) =>
  slide(deck, "central-asia-and-arctic", (d) => {
    const centralAsia = d.claim("claim.central-asia-cooperation");
    const route = d.claim("claim.northern-sea-route");
    return {
      body: filled(
        heading(html`${d.entity("central-asia").name} and the ${d.entity("northern-sea-route").name}`),
        html`<div class="cards two">
<div class="card"><h3>${d.entity("central-asia").name}</h3><p>${centralAsia.label}</p></div>
<div class="card"><h3>${d.entity("northern-sea-route").name}</h3><p>${route.label}</p></div>
</div>`,
      ),
      points: [html`${centralAsia.label}.`, html`${route.label}.`],
    };
  });
