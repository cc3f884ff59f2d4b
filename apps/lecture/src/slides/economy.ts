// Economy: trade from 2016 to 2018, oil through ESPO, Power of Siberia and the stalled second pipeline.
import { formatQualifiedValue, formatValue, units } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { palette } from "../design/palette.ts";
import { html } from "../engine/html.ts";
import { blockQuote, qualifiedValue, value, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { bigFigure, claimList, columns, eventList, filled, heading } from "./layout.ts";

export const trade: SlideMaker = (deck) =>
  slide(deck, "trade", (d) => {
    const before = d.figure("trade.bilateral.2016");
    const after = d.figure("trade.bilateral.2018");
    const growth = d.figure("trade.bilateral.growth.2016-2018");
    const outpaced = d.claim("claim.strategic-outpaces-economic");
    const sinceInvasion = d.claim("claim.trade-up-since-invasion");
    const caption = `Bilateral trade, ${d.entity("russia").name}\u2013${d.entity("china").name}`;
    const chart: Chart = {
      kind: "bars",
      options: {
        id: "chart-trade",
        title: `${caption}, ${when(before)} and ${when(after)}`,
        description: `${formatValue(before)} in ${when(before)}, ${formatValue(after)} in ${when(after)}: up ${formatQualifiedValue(growth)}.`,
        measure: `${caption}, in ${units[before.unit].label}`,
        unit: units[before.unit].label,
        // Trade between the two is neither's: the bars take the neutral colour.
        colour: palette.other,
        bars: [before, after].map((f) => ({
          label: when(f),
          amount: f.value,
          valueLabel: html`<tspan data-figure="${f.id}">${formatValue(f)}</tspan>`,
        })),
        change: html`up ${growth.qualifier ?? ""} <tspan data-figure="${growth.id}">${formatValue(growth)}</tspan>`,
        changeNote: html`(computed)`,
      },
    };
    return {
      layout: "chart-slide",
      chart,
      body: html`${heading(html`Trade: ${value(before)} to ${value(after)}`)}<div class="chart-frame">${drawChart(chart)}</div>
<p class="lead">${outpaced.label}</p>`,
      points: [
        html`${outpaced.label}. Still, bilateral trade rose from ${value(before)} to ${value(after)}: up ${qualifiedValue(growth)}.`,
        html`${sinceInvasion.label}.`,
      ],
      chartData: dataTable(
        caption,
        ["Year", "Trade"],
        [
          [when(before), formatValue(before)],
          [when(after), formatValue(after)],
          ["Change", formatQualifiedValue(growth)],
        ],
      ),
    };
  });

/** An index's first year. */
const INDEX_BASE = 100;

/** The index of the last year, from a percentage change since the first: +146% is 246. */
function indexOf(percentChange: number): number {
  return Math.round((INDEX_BASE + percentChange) * 10) / 10;
}

export const oil: SlideMaker = (deck) =>
  slide(deck, "oil", (d) => {
    const growth = d.figure("oil.exports-to-china.growth.2012-2017");
    const espo = d.event("event.espo-built");
    const largest = d.event("event.largest-crude-supplier");
    const displaced = d.event("event.saudi-arabia-displaced");
    const [start, end] = [growth.when.start, growth.when.end ?? growth.when.start];
    // The essay gives the growth, not the volumes: the bars are an index of the first year (= 100), the last year
    // being that 100 grown by the essay's percentage. Both are Russia's exports, in the one neutral colour of amounts.
    const index = indexOf(growth.value);
    const measure = `${d.entity("russia").name}'s oil exports to ${d.entity("china").name}, index (${start} = ${INDEX_BASE})`;
    const chart: Chart = {
      kind: "bars",
      options: {
        id: "chart-oil",
        title: `${growth.label}, as an index (${start} = ${INDEX_BASE})`,
        // The label names the period already ("..., 2012 to 2017"): its date again would read it twice (here and in
        // the notes).
        description: `${growth.label}: ${formatQualifiedValue(growth)}; as an index, ${INDEX_BASE} in ${start} and ${index} in ${end}.`,
        measure,
        unit: "index",
        colour: palette.other,
        bars: [
          { label: start, amount: INDEX_BASE, valueLabel: html`${INDEX_BASE}` },
          { label: end, amount: index, valueLabel: html`${index}` },
        ],
        change: html`up <tspan data-figure="${growth.id}">${formatValue(growth)}</tspan>`,
        changeNote: html`in ${Number(end) - Number(start)} years`,
        width: 560,
      },
    };
    return {
      layout: "chart-slide",
      chart,
      body: html`${heading(html`Oil through ${d.entity("espo").shortName ?? d.entity("espo").name}`)}
${columns(html`<div class="chart-frame">${drawChart(chart)}</div>`, eventList([espo, largest, displaced]))}`,
      points: [
        html`${espo.label} (${when(espo)}).`,
        html`${growth.label}: ${qualifiedValue(growth)}.`,
        html`${displaced.label}, ${when(displaced)}.`,
      ],
      chartData: dataTable(
        growth.label,
        ["Year", `Exports, index (${start} = ${INDEX_BASE})`],
        [
          [start, String(INDEX_BASE)],
          [end, String(index)],
        ],
      ),
    };
  });

export const powerOfSiberia: SlideMaker = (deck) =>
  slide(deck, "power-of-siberia", (d) => {
    const capacity = d.figure("power-of-siberia.capacity");
    const completed = d.event("event.power-of-siberia-completed");
    const benefits = d.claim("claim.power-of-siberia-benefits");
    const stalled = d.claim("claim.power-of-siberia-2-stalled");
    const terms = d.quotation("quote.pos2-on-chinas-terms");
    const narrow = d.event("event.energy-markets-narrow");
    return {
      body: filled(
        heading(html`${d.entity("power-of-siberia").name}, completed ${when(completed)}`),
        html`${columns(bigFigure(capacity), html`<p>${benefits.label}</p><p>${stalled.label}</p>`)}
${blockQuote(d, terms)}`,
      ),
      points: [
        html`${capacity.label}: ${qualifiedValue(capacity)}.`,
        html`${stalled.label}. ${narrow.label}, ${when(narrow)}.`,
      ],
    };
  });

export const whyChina: SlideMaker = (deck) =>
  slide(deck, "why-china", (d) => {
    const largest = d.claim("claim.china-largest-economy");
    const crimea = d.event("event.crimea-eastern-ukraine");
    const before = d.claim("claim.before-2014");
    const convenience = d.claim("claim.mutual-convenience");
    const friends = d.claim("claim.friends-of-friends");
    const south = d.claim("claim.global-south");
    return {
      body: html`${heading(convenience.label)}${claimList([largest, before, friends, south])}`,
      points: [html`${crimea.label}, ${when(crimea)}. ${before.label}.`, html`${friends.label}.`],
    };
  });
