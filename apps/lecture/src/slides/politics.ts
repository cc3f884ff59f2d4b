// Politics: the UN Security Council, the SCO, BRI and the Eurasian Economic Union, Central Asia and the Northern
// Sea Route.
import { formatValue } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { colourOf } from "../design/palette.ts";
import { html } from "../engine/html.ts";
import { blockQuote, value, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { claimList, eventList, heading } from "./layout.ts";

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
    const chart: Chart = {
      kind: "seats",
      options: {
        id: "chart-seats",
        title: `${held.label}: ${formatValue(held)} of ${formatValue(total)}`,
        description: `${holders.map((h) => h.name).join(" and ")} hold ${formatValue(held)} of the ${formatValue(total)} on the ${council.name}.`,
        total: total.value,
        holders,
        othersLabel: "The other permanent members",
      },
    };
    return {
      layout: "chart-slide",
      chart,
      body: html`${heading(unison.label)}
<div class="chart-frame">${drawChart(chart)}</div>
<p class="lead">${holders.map((h) => h.name).join(" and ")} hold ${value(held)} of the ${value(total)}</p>
${claimList([spheres])}`,
      points: [
        html`${held.label}: ${value(held)} of ${value(total)}.`,
        html`${unison.label}.`,
        html`${spheres.label}.`,
      ],
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
      body: html`${heading(html`${d.entity("central-asia").name} and the ${d.entity("northern-sea-route").name}`)}
<div class="cards two">
<div class="card"><h3>${d.entity("central-asia").name}</h3><p>${centralAsia.label}</p></div>
<div class="card"><h3>${d.entity("northern-sea-route").name}</h3><p>${route.label}</p></div>
</div>`,
      points: [html`${centralAsia.label}.`, html`${route.label}.`],
    };
  });
