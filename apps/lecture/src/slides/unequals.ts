// "A Relationship of Unequals?": the asymmetry, measure by measure, and why it still leaves comity.
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { colourOf } from "../design/palette.ts";
import type { Comparison } from "../engine/deck-data.ts";
import { html } from "../engine/html.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { heading } from "./layout.ts";

const MEASURE_HEADINGS: Record<Comparison["measure"], string> = {
  traditional: "Traditional measures of power",
  overlooked: "Often overlooked",
};

export const asymmetry: SlideMaker = (deck) =>
  slide(deck, "asymmetry", (d) => {
    const section = d.section("section.unequals");
    const comparisons = deck.dataset.comparisons.map((c) => d.cite(c));
    const weaker = d.claim("claim.weaker-partner");
    const balance = d.claim("claim.some-balance");
    const comity = d.claim("claim.more-comity-than-conflict");
    const first = comparisons[0];
    if (first === undefined) throw new Error(`Slide "asymmetry" › comparisons: the dataset holds none`);
    const sides = first.between.map((id) => d.deck.lookup(d.slideId, "entity", id));
    const [left, right] = sides;
    if (left === undefined || right === undefined) throw new Error(`Slide "asymmetry" › between: needs two sides`);
    const groups = (["traditional", "overlooked"] as const).map((measure) => ({
      heading: MEASURE_HEADINGS[measure],
      rows: comparisons
        .filter((c) => c.measure === measure)
        .map((c) => ({
          aspect: c.aspect,
          ahead: c.advantage === left.id ? (0 as const) : (1 as const),
          implied: c.basis === "implied",
        })),
    }));
    const chart: Chart = {
      kind: "asymmetry",
      options: {
        id: "chart-asymmetry",
        title: `${left.name} and ${right.name}: who is ahead, measure by measure, as the essay states or implies it`,
        measure: "Who is ahead, measure by measure, as the essay states or implies it",
        description: groups
          .map(
            (g) =>
              `${g.heading}: ${g.rows.map((r) => `${r.aspect}, ${(r.ahead === 0 ? left : right).name}${r.implied ? " (implied)" : ""}`).join("; ")}`,
          )
          .join(". "),
        sides: [
          { name: left.name, colour: colourOf(left.id) },
          { name: right.name, colour: colourOf(right.id) },
        ],
        groups,
      },
    };
    // The comity claim is the last build step: the essay draws it from the overlooked measures.
    return {
      layout: "chart-slide asymmetry-slide",
      chart,
      body: html`${heading(section.heading ?? section.label)}<div class="chart-frame">${drawChart(chart)}</div>
<p class="lead fragment">${comity.label}</p>`,
      points: [
        html`${weaker.label}. On the traditional measures, that is obviously true.`,
        html`But look at the lower rows, the measures the essay says are often overlooked. ${balance.label}.`,
        html`${comity.label}.`,
      ],
      chartData: dataTable(
        "Who is ahead",
        ["Measure", "Kind", "Ahead", "The essay"],
        comparisons.map((c) => [
          c.aspect,
          MEASURE_HEADINGS[c.measure],
          d.deck.lookup(d.slideId, "entity", c.advantage).name,
          c.basis === "implied" ? "implies it" : "states it",
        ]),
      ),
    };
  });
