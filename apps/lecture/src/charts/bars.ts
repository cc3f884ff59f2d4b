// Vertical bars with their values written above them, for two or three amounts over time (trade by year, oil
// exports against their starting level). The change between the first and last bar is written between them.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL, SMALL } from "./svg.ts";

interface Bar {
  /** Under the bar: the year or period. */
  label: string;
  /** Height, in any unit shared by all bars. */
  amount: number;
  /** Above the bar: the value as shown on the slide (a `<tspan data-figure>` where it is a figure). */
  valueLabel: SafeHtml;
  colour: string;
}

const HEIGHT = 440;
const BASELINE = 370;
const TALLEST = 270;

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  /**
   * What the amounts are counted in, for a chart that writes them as plain numbers and states the unit in its title
   * (the PowerPoint export's native chart): "US dollars", "exports, 2012 = 100".
   */
  unit: string;
  bars: readonly Bar[];
  /** Written between the bars, under an arrow from the first bar's top to the last's. */
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
    return html`<g${i === 0 ? "" : html` class="fragment"`}><rect x="${x}" y="${top}" width="${barWidth}" height="${BASELINE - top}" fill="${bar.colour}" rx="4"/>
<text x="${centres[i]}" y="${top - 14}" font-size="${LABEL}" font-weight="700" text-anchor="middle">${bar.valueLabel}</text>
<text x="${centres[i]}" y="${BASELINE + 40}" font-size="${LABEL}" text-anchor="middle">${bar.label}</text></g>`;
  });
  const first = 0;
  const last = bars.length - 1;
  // Under the arrow's middle, between the bars, where nothing else is drawn.
  const changeY = ((tops[first] ?? 0) + (tops[last] ?? 0)) / 2 + 10 + SMALL + 30;
  const arrow =
    options.change === undefined
      ? html``
      : html`<g class="fragment"><line x1="${(centres[first] ?? 0) + barWidth / 2 + 12}" y1="${(tops[first] ?? 0) + 10}" x2="${(centres[last] ?? 0) - barWidth / 2 - 16}" y2="${(tops[last] ?? 0) + 10}" stroke="${palette.muted}" stroke-width="4" marker-end="url(#${options.id}-head)"/>
<text x="${WIDTH / 2}" y="${changeY}" font-size="${SMALL + 6}" font-weight="700" text-anchor="middle" fill="${palette.muted}">${options.change}</text>${
          options.changeNote === undefined
            ? ""
            : html`<text x="${WIDTH / 2}" y="${changeY + SMALL + 12}" font-size="${SMALL}" text-anchor="middle" fill="${palette.muted}">${options.changeNote}</text>`
        }</g>`;
  const content = html`<defs><marker id="${options.id}-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.muted}"/></marker></defs>
<line x1="0" y1="${BASELINE}" x2="${WIDTH}" y2="${BASELINE}" stroke="${palette.rule}" stroke-width="2"/>
${marks}${arrow}`;
  return frame({ ...options, width: WIDTH, height: HEIGHT, content });
}
