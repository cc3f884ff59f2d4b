// Vertical bars with their values written above them, for two or three amounts over time (trade by year, oil
// exports as an index of their first year). The change between the first and last bar is written between them, on
// the side of the arrow where it crosses neither the arrow nor a bar.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL, plainText, SMALL, textWidth } from "./svg.ts";

interface Bar {
  /** Under the bar: the year or period. */
  label: string;
  /** Height, in any unit shared by all bars. */
  amount: number;
  /** Above the bar: the value as shown on the slide (a `<tspan data-figure>` where it is a figure). */
  valueLabel: SafeHtml;
}

const HEIGHT = 440;
const BASELINE = 370;
const TALLEST = 270;
const CHANGE_SIZE = SMALL + 6;
/** Space kept between the change's words and the arrow. */
const CLEARANCE = 14;

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  /** What a bar measures and in which unit, shown above the chart: "Bilateral trade, in US dollars". */
  measure: string;
  /**
   * What the amounts are counted in, as the measure names it ("US dollars", "index"): the PowerPoint export's native
   * chart writes the amounts as plain numbers, in a scale of this unit where they are large ("billions of US dollars").
   */
  unit: string;
  bars: readonly Bar[];
  /**
   * The bars' one colour: a country's where the amounts are that country's, neutral otherwise. One colour for all, as
   * a colour stands for a country and nothing else (never for "the bar to look at").
   */
  colour: string;
  /** Written between the bars, beside an arrow from the first bar's top to the last's. */
  change?: SafeHtml;
  /** A second, smaller line under the change: "(computed)" for a change the essay does not state. */
  changeNote?: SafeHtml;
  /** In slide pixels: 900 for a chart alone on its slide, less beside text, so labels keep their size. */
  width?: number;
}

export function barChart(options: BarChartOptions): SafeHtml {
  const { bars } = options;
  const WIDTH = options.width ?? 900;
  const max = Math.max(...bars.map((b) => b.amount));
  const slot = WIDTH / (bars.length + (options.change === undefined ? 0 : 1));
  const barWidth = Math.min(220, slot * 0.8);
  // With a change label, bars sit at the two outer slots and the label takes the middle one.
  const centres = bars.map((_, i) =>
    options.change !== undefined && bars.length === 2 ? (i === 0 ? slot / 2 : WIDTH - slot / 2) : slot * (i + 0.5),
  );
  // Tenths of a slide pixel are finer than any screen shows; more digits only lengthen the page.
  // Bars of nothing (or of less) stay on the baseline, rather than at NaN when every bar is nothing.
  const tops = bars.map((b) =>
    max > 0 ? Math.round((BASELINE - (Math.max(0, b.amount) / max) * TALLEST) * 10) / 10 : BASELINE,
  );
  const marks = bars.map((bar, i) => {
    const x = (centres[i] ?? 0) - barWidth / 2;
    const top = tops[i] ?? BASELINE;
    // The first bar is the baseline; each later one is a build step, then the change arrow (reveal fragments).
    return html`<g${i === 0 ? "" : html` class="fragment"`}><rect class="bar" x="${x}" y="${top}" width="${barWidth}" height="${BASELINE - top}" fill="${options.colour}" rx="4"/>
<text class="bar-value" x="${centres[i]}" y="${top - 14}" font-size="${LABEL}" font-weight="700" text-anchor="middle">${bar.valueLabel}</text>
<text x="${centres[i]}" y="${BASELINE + 40}" font-size="${LABEL}" text-anchor="middle">${bar.label}</text></g>`;
  });
  const content = html`<defs><marker id="${options.id}-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.muted}"/></marker></defs>
<line x1="0" y1="${BASELINE}" x2="${WIDTH}" y2="${BASELINE}" stroke="${palette.rule}" stroke-width="2"/>
${marks}${changeArrow(options, { centres, tops, barWidth, width: WIDTH })}`;
  return frame({ ...options, width: WIDTH, height: HEIGHT, content });
}

/**
 * The arrow from the first bar's top to the last's, and the change written under it (or over it, where under it
 * would reach the baseline): its words clear the arrow by CLEARANCE at both of their ends, and stay between the bars.
 */
function changeArrow(
  options: { id: string; change?: SafeHtml; changeNote?: SafeHtml },
  geometry: { centres: readonly number[]; tops: readonly number[]; barWidth: number; width: number },
): SafeHtml {
  const { change, changeNote } = options;
  if (change === undefined) return html``;
  const { centres, tops, barWidth, width } = geometry;
  const last = centres.length - 1;
  const x1 = (centres[0] ?? 0) + barWidth / 2 + 12;
  const y1 = (tops[0] ?? 0) + 10;
  const x2 = (centres[last] ?? 0) - barWidth / 2 - 16;
  const y2 = (tops[last] ?? 0) + 10;
  const yAt = (x: number) => (x2 === x1 ? y1 : y1 + ((y2 - y1) * (x - x1)) / (x2 - x1));
  const textWide = Math.max(
    textWidth(plainText(change), CHANGE_SIZE, true),
    changeNote === undefined ? 0 : textWidth(plainText(changeNote), SMALL),
  );
  const half = Math.min(textWide, x2 - x1) / 2;
  const centre = width / 2;
  const lines = changeNote === undefined ? 1 : 2;
  const blockHeight = CHANGE_SIZE + (lines - 1) * (SMALL + 12);
  // The arrow's lowest and highest points over the width of the words.
  const lowest = Math.max(yAt(centre - half), yAt(centre + half));
  const highest = Math.min(yAt(centre - half), yAt(centre + half));
  const below = lowest + CLEARANCE + CHANGE_SIZE;
  // The first line's baseline: under the arrow if the block fits above the chart's baseline, else over the arrow.
  const first =
    below + blockHeight - CHANGE_SIZE < BASELINE - 8 ? below : highest - CLEARANCE - blockHeight + CHANGE_SIZE;
  return html`<g class="fragment"><line class="change-arrow" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${palette.muted}" stroke-width="4" marker-end="url(#${options.id}-head)"/>
<text x="${centre}" y="${first}" font-size="${CHANGE_SIZE}" font-weight="700" text-anchor="middle" fill="${palette.muted}">${change}</text>${
    changeNote === undefined
      ? ""
      : html`<text x="${centre}" y="${first + SMALL + 12}" font-size="${SMALL}" text-anchor="middle" fill="${palette.muted}">${changeNote}</text>`
  }</g>`;
}
