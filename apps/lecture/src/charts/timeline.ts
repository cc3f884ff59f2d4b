// A stretch of the timeline: dates on the left, a line with a dot per event, and the event's label, wrapped. Each
// row is a build step (a reveal fragment), in a talk with builds.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL, textLines, wrap } from "./svg.ts";

interface TimelineEntry {
  date: string;
  label: string;
  /** Dot colour: a country's when the event is one country's act, neutral otherwise. */
  colour: string;
}

const WIDTH = 1140;
const SIZE = LABEL - 2;
/** A bold character's width, on average, as a share of the type size: enough to keep a date clear of the line. */
const BOLD_WIDTH = 0.62;

export interface TimelineChartOptions {
  id: string;
  title: string;
  description: string;
  entries: readonly TimelineEntry[];
}

export function timelineChart(options: TimelineChartOptions): SafeHtml {
  // The date column is as wide as the longest date as the essay gives it ("since at least 2012").
  const longest = Math.max(4, ...options.entries.map((e) => e.date.length));
  const DATE_RIGHT = Math.ceil(longest * BOLD_WIDTH * SIZE);
  const LINE_X = DATE_RIGHT + 30;
  const TEXT_X = LINE_X + 32;
  const MAX_CHARS = Math.floor((WIDTH - TEXT_X) / (0.55 * SIZE));
  let y = 30;
  const rows = options.entries.map((entry) => {
    const lines = wrap(entry.label, MAX_CHARS);
    const row = html`<g class="fragment"><circle cx="${LINE_X}" cy="${y - 9}" r="11" fill="${entry.colour}"/>
<text x="${DATE_RIGHT}" y="${y}" font-size="${SIZE}" font-weight="700" text-anchor="end">${entry.date}</text>
${textLines(lines, TEXT_X, y, SIZE)}</g>`;
    y += lines.length * SIZE * 1.25 + 30;
    return row;
  });
  const height = y - 20;
  const content = html`<line x1="${LINE_X}" y1="10" x2="${LINE_X}" y2="${height - 10}" stroke="${palette.rule}" stroke-width="4"/>${rows}`;
  return frame({ ...options, width: WIDTH, height, content });
}
