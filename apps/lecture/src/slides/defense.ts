// Defense: arms sales, drones and artillery, joint exercises and Tsentr 2019, and growing familiarity.
import { formatQualifiedValue, formatValue, units } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { unitScale } from "../charts/units.ts";
import { colourOf } from "../design/palette.ts";
import { html } from "../engine/html.ts";
import { blockQuote, qualifiedValue, statement, When, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { bigFigure, eventList, filled, heading } from "./layout.ts";

export const armsSales: SlideMaker = (deck) =>
  slide(deck, "arms-sales", (d) => {
    const share = d.figure("arms.sales-share-to-china.2013-2017");
    const purchases = d.claim("claim.arms-purchases");
    const sipri = d.sourceOf(share);
    const [russia, china] = [d.entity("russia"), d.entity("china")];
    // A hundred squares, one per percent of Russia's weapons sales: China's share fills as many as the essay's figure.
    const chart: Chart = {
      kind: "units",
      options: {
        id: "chart-arms",
        title: share.label,
        description: `${formatQualifiedValue(share)} of ${russia.name}'s weapons sales went to ${china.name}, ${when(share)}.`,
        measure: `${russia.name}'s weapons sales, ${when(share)}, in ${units.percent.label}`,
        part: share.value,
        whole: PERCENT,
        perSquare: 1,
        partColour: colourOf(china.id),
        partLegend: html`${china.name}: ${share.qualifier ?? ""} <tspan data-figure="${share.id}">${formatValue(share)}</tspan>`,
        wholeLegend: html`All of ${russia.name}'s weapons sales`,
        formatAmount: (amount) => formatValue({ ...share, value: amount }),
      },
    };
    return {
      layout: "chart-slide",
      chart,
      body: filled(
        heading(html`Arms: ${d.entity("s-400").name} and ${d.entity("su-35").name}`),
        html`<div class="chart-frame">${drawChart(chart)}</div><p class="lead">${purchases.label}</p>`,
      ),
      points: [
        html`${purchases.label}.`,
        html`${sipri === undefined ? "" : html`${sipri.label}: `}${qualifiedValue(share)} of ${russia.name}'s weapons sales, ${when(share)}.`,
      ],
      chartData: dataTable(share.label, ["Buyer", "Share"], [[china.name, formatQualifiedValue(share)]]),
    };
  });

/** A whole in percent. */
const PERCENT = 100;

export const dronesAndArtillery: SlideMaker = (deck) =>
  slide(deck, "drones-and-artillery", (d) => {
    const drones = d.event("event.drone-technology-shared");
    const artillery = d.figure("war.artillery-help.years");
    const deepening = d.claim("claim.strategic-relationship-deepening");
    return {
      body: filled(
        heading(html`${When(drones)}: drones and artillery`),
        html`<div class="cards two"><div class="card">${eventList([drones])}</div><div class="card">${bigFigure(artillery)}</div></div>
<p class="lead">${deepening.label}</p>`,
      ),
      points: [html`${drones.label}, ${when(drones)}.`, html`${artillery.label}: ${qualifiedValue(artillery)}.`],
    };
  });

export const jointExercises: SlideMaker = (deck) =>
  slide(deck, "joint-exercises", (d) => {
    const beyond = d.claim("claim.beyond-weapons-sales");
    const begin = d.event("event.joint-trainings-begin");
    const vostok = d.event("event.vostok-2018");
    const tsentr = d.event("event.tsentr-2019");
    return {
      body: html`${heading(beyond.label)}${eventList([begin, vostok, tsentr])}`,
      points: [html`${begin.label}: ${when(begin)}.`, html`${vostok.label}.`, html`${tsentr.label}.`],
    };
  });

export const tsentr2019: SlideMaker = (deck) =>
  slide(deck, "tsentr-2019", (d) => {
    const personnel = d.figure("tsentr-2019.personnel");
    const chinese = d.figure("tsentr-2019.chinese-soldiers");
    const share = d.figure("tsentr-2019.chinese-share");
    const scenario = d.claim("claim.tsentr-scenario");
    const mostlyRussian = d.claim("claim.tsentr-mostly-russian");
    const china = d.entity("china");
    const exercise = d.entity("tsentr-2019");
    // A square is China's contingent, unless the figures call for a round amount per square (units.ts).
    const scale = unitScale(chinese.value, personnel.value);
    const perSquare = (amount: number) => formatValue({ ...chinese, value: amount });
    const scaled = scale.perSquare !== chinese.value;
    const chart: Chart = {
      kind: "units",
      options: {
        id: "chart-tsentr",
        title: `${chinese.label}, against ${formatValue(personnel)} in all`,
        measure: `Participants in ${exercise.name}, in ${units.people.label}`,
        description: `${formatQualifiedValue(chinese)} from ${china.name} out of ${formatValue(personnel)} (${formatQualifiedValue(share)})${scaled ? `: ${scale.filled} of ${scale.squares} squares of ${perSquare(scale.perSquare)}` : ""}.`,
        part: chinese.value,
        whole: personnel.value,
        partColour: colourOf(china.id),
        partLegend: html`${china.name}: ${chinese.qualifier ?? ""} <tspan data-figure="${chinese.id}">${formatValue(chinese)}</tspan>, ${share.qualifier ?? ""} <tspan data-figure="${share.id}">${formatValue(share)}</tspan> of all (computed)`,
        wholeLegend: html`All participants: <tspan data-figure="${personnel.id}">${formatValue(personnel)}</tspan>`,
        formatAmount: perSquare,
      },
    };
    return {
      layout: "chart-slide",
      chart,
      body: html`${heading(html`${exercise.name}: ${qualifiedValue(personnel)}, ${qualifiedValue(chinese)} from ${china.name}`)}
<div class="chart-frame">${drawChart(chart)}</div>
<p class="lead">${scenario.label}</p>`,
      points: [
        html`${mostlyRussian.label}: ${qualifiedValue(chinese)} from ${china.name} among ${qualifiedValue(personnel)}.`,
        html`${statement(d.deck, d.slideId, share)}. ${share.origin === "derived" ? (share.caveat ?? "") : ""}`,
        html`${scenario.label}.`,
        html`Each square stands for ${scaled ? perSquare(scale.perSquare) : formatValue(chinese)}: ${china.name} fills ${scaled ? scale.filled : "one"} of ${scale.squares}.`,
      ],
      chartData: dataTable(
        exercise.name,
        ["Who", "Personnel"],
        [
          [china.name, formatValue(chinese)],
          ["All participants", formatValue(personnel)],
          [share.label, formatQualifiedValue(share)],
        ],
      ),
    };
  });

export const familiarity: SlideMaker = (deck) =>
  slide(deck, "familiarity", (d) => {
    const noAlliance = d.claim("claim.no-military-alliance");
    const familiar = d.quotation("quote.militaries-familiar");
    const peace = d.claim("claim.authoritarian-peace");
    d.quotation("quote.authoritarian-peace");
    return {
      body: html`${heading(noAlliance.label)}${blockQuote(d, familiar)}<p class="lead">${peace.label}</p>`,
      points: [html`${noAlliance.label}.`, html`${peace.label}.`],
    };
  });
