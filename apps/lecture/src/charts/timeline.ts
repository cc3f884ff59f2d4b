// A stretch of the timeline on a proportional time axis: one row per event, its mark placed at its date (a dot for a
// year, a bar for a period, outlined where the essay's date is rough), and its date's bound drawn as the data gives
// it: "since 2022" runs on to the time of writing, "since at least 2012" and "by 2016" trail off on their open side.
// The event's date and words sit beside its mark, on the side with room, so they cross no mark. Each row is a build
// step (a reveal fragment) in a talk with builds; the axis and the legend are there from the start.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, MEASURE_LINE, SMALL, textWidth, wrap } from "./svg.ts";

/** A date as the data package holds one (start, end, precision, bound, rough part). */
export interface TimelineDate {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: "day" | "month" | "year" | "decade";
  readonly relation?: "by" | "since" | "since-at-least" | "not-before" | "as-of" | undefined;
  readonly part?: "early" | "mid" | "late" | undefined;
}

export interface TimelineEntry {
  when: TimelineDate;
  /** The date as the essay gives it ("by 2016", "since the mid-2000s"): formatWhen's words. */
  date: string;
  label: string;
  /** The mark's colour: a country's when the event names that one country, neutral otherwise. */
  colour: string;
}

/** A legend entry for a colour: what it stands for. */
export interface ColourKey {
  colour: string;
  label: string;
}

const WIDTH = 1220;
const SIZE = 21;
const LINE = SIZE * 1.2;
const ROW_GAP = 6;
const AXIS = 40;
const LEGEND_SIZE = 19;
/** A trailing bound ("by", "since at least") is drawn this long: a direction, not a length of time. */
const TRAIL = 44;
const BAR = 16;
const DOT = 9;
/** Between a mark and its words. */
const GAP = 14;

/** Fractional years covered by a date at its precision: "1970s" is [1970, 1980), "2014" [2014, 2015). */
function yearsCovered(when: TimelineDate): [number, number] {
  const from = yearOf(when.start);
  const span = { day: 1 / 365, month: 1 / 12, year: 1, decade: 10 }[when.precision];
  const to = yearOf(when.end ?? when.start) + span;
  if (when.part === undefined) return [from, to];
  // A rough part is a third of its span: "the mid-2000s" is 2003⅓ to 2006⅔.
  const third = (to - from) / 3;
  const at = { early: 0, mid: 1, late: 2 }[when.part];
  return [from + at * third, from + (at + 1) * third];
}

function yearOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Round years for the axis: every 10 over 40 years, every 5 over 15, else every 2. */
function tickStep(span: number): number {
  return span > 40 ? 10 : span > 15 ? 5 : 2;
}

const runsOn = (when: TimelineDate) => when.relation === "since" || when.relation === "since-at-least";

interface Mark {
  markup: SafeHtml;
  left: number;
  right: number;
}

function mark(entry: TimelineEntry, x: (year: number) => number, y: number, asOf: number): Mark {
  const { when, colour } = entry;
  const [from, to] = yearsCovered(when);
  const rough = when.part !== undefined;
  const period = rough || to - from >= 2;
  const shapes: SafeHtml[] = [];
  let left: number;
  let right: number;
  if (period) {
    left = x(from);
    right = x(to);
    shapes.push(
      rough
        ? html`<rect class="mark" x="${left + 1.5}" y="${y - BAR / 2}" width="${Math.max(3, right - left - 3)}" height="${BAR}" rx="4" fill="#ffffff" stroke="${colour}" stroke-width="3" stroke-dasharray="6 4"/>`
        : html`<rect class="mark" x="${left}" y="${y - BAR / 2}" width="${right - left}" height="${BAR}" rx="4" fill="${colour}"/>`,
    );
  } else {
    const at = x((from + to) / 2);
    left = at - DOT;
    right = at + DOT;
    shapes.push(html`<circle class="mark" cx="${at}" cy="${y}" r="${DOT}" fill="${colour}"/>`);
  }
  // What the date's bound leaves open, dashed: earlier for "by" and "since at least", later for "not before".
  if (when.relation === "by" || when.relation === "since-at-least") {
    shapes.push(trail(left - TRAIL, left, y, colour));
    left -= TRAIL;
  }
  if (when.relation === "not-before") {
    shapes.push(trail(right, right + TRAIL, y, colour));
    right += TRAIL;
  }
  // "since …" goes on to the time of writing.
  if (runsOn(when)) {
    const end = Math.max(right + 24, x(asOf));
    shapes.push(arrow(right, end, y, colour));
    right = end;
  }
  return { markup: html`${shapes}`, left, right };
}

/** A line on to `x2`, its head ending there; a mark of the chart, or (`mark` false) the legend's picture of one. */
function arrow(x1: number, x2: number, y: number, colour: string, mark = true): SafeHtml {
  const kind = mark ? html` class="mark"` : html``;
  return html`<line${kind} x1="${x1}" y1="${y}" x2="${x2 - 10}" y2="${y}" stroke="${colour}" stroke-width="4"/><path${kind} d="M${x2},${y} l-14,-8 v16 z" fill="${colour}"/>`;
}

function trail(x1: number, x2: number, y: number, colour: string): SafeHtml {
  return html`<line class="mark" x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="${colour}" stroke-width="4" stroke-dasharray="6 5"/>`;
}

/** The date in bold, then the words, wrapped to the room beside the mark, on the side that has more of it. */
function words(entry: TimelineEntry, spot: Mark, y: number): { markup: SafeHtml; lines: number } {
  const roomRight = WIDTH - spot.right - GAP;
  const roomLeft = spot.left - GAP;
  const onRight = roomRight >= roomLeft;
  const room = onRight ? roomRight : roomLeft;
  const perLine = Math.max(12, Math.floor(room / textWidth("x", SIZE)));
  const lines = wrap(`${entry.date} ${entry.label}`, perLine);
  const x = onRight ? spot.right + GAP : spot.left - GAP;
  const anchor = onRight ? "start" : "end";
  const tspans = lines.map((line, i) => {
    const dy = i === 0 ? 0 : LINE;
    // The date opens the first line, in bold (a date longer than a line, never seen, stays plain).
    if (i === 0 && line.startsWith(entry.date)) {
      return html`<tspan x="${x}" dy="${dy}" font-weight="700">${entry.date}</tspan><tspan>${line.slice(entry.date.length)}</tspan>`;
    }
    return html`<tspan x="${x}" dy="${dy}">${line}</tspan>`;
  });
  // The first line's middle at the mark's height.
  return {
    markup: html`<text class="event-label" x="${x}" y="${y + SIZE * 0.36}" font-size="${SIZE}" text-anchor="${anchor}">${tspans}</text>`,
    lines: lines.length,
  };
}

export function timelineChart(options: {
  id: string;
  title: string;
  description: string;
  entries: readonly TimelineEntry[];
  /** The time of writing, where "since …" runs to, and its words: "as of March 2026". */
  asOf: { when: TimelineDate; label: string };
  colours: readonly ColourKey[];
}): SafeHtml {
  const asOf = yearsCovered(options.asOf.when)[1];
  const spans = options.entries.map((e) => yearsCovered(e.when));
  const earliest = Math.min(...spans.map(([from]) => from));
  const latest = Math.max(...spans.map(([, to]) => to), ...(options.entries.some((e) => runsOn(e.when)) ? [asOf] : []));
  const step = tickStep(latest - earliest);
  const first = Math.floor(earliest / step) * step;
  const last = Math.ceil(latest / step) * step;
  // The axis leaves room at both ends for a trailing bound and a dot's radius.
  const inset = TRAIL + DOT;
  const x = (year: number) => Math.round((inset + ((year - first) / (last - first)) * (WIDTH - 2 * inset)) * 10) / 10;
  const ticks = Array.from({ length: Math.round((last - first) / step) + 1 }, (_, i) => first + i * step);
  const axis = html`<line x1="${x(first)}" y1="${AXIS - 8}" x2="${x(last)}" y2="${AXIS - 8}" stroke="${palette.rule}" stroke-width="2"/>${ticks.map(
    (year) =>
      html`<line x1="${x(year)}" y1="${AXIS - 16}" x2="${x(year)}" y2="${AXIS - 8}" stroke="${palette.rule}" stroke-width="2"/><text class="tick" x="${x(year)}" y="${AXIS - 22}" font-size="${LEGEND_SIZE}" text-anchor="middle" fill="${palette.muted}">${year}</text>`,
  )}`;
  let y = AXIS + 10 + LINE / 2;
  const rows = options.entries.map((entry) => {
    const spot = mark(entry, x, y, asOf);
    const label = words(entry, spot, y);
    const row = html`<g class="fragment timeline-row">${spot.markup}${label.markup}</g>`;
    y += label.lines * LINE + ROW_GAP;
    return row;
  });
  const legendTop = y + 8;
  const content = html`${axis}${rows}${legend(options, legendTop)}`;
  return frame({
    ...options,
    measure: "Dated events, by year",
    width: WIDTH,
    height: legendTop + LEGEND_SIZE + 12,
    content,
  });
}

/**
 * What the colours and the shapes mean, drawn with the marks themselves: the colours on the measure's line, at its
 * right end (above the axis, where the frame puts the measure), the shapes under the rows.
 */
function legend(options: { asOf: { label: string }; colours: readonly ColourKey[] }, top: number): SafeHtml {
  const y1 = -MEASURE_LINE + SMALL * 0.62;
  const y2 = top + LEGEND_SIZE / 2;
  const text = (x: number, y: number, words: string) =>
    html`<text x="${x}" y="${y + LEGEND_SIZE * 0.36}" font-size="${LEGEND_SIZE}" fill="${palette.muted}">${words}</text>`;
  const itemWidth = (key: ColourKey) => 2 * DOT + 8 + textWidth(key.label, LEGEND_SIZE);
  let x = WIDTH - options.colours.reduce((sum, key) => sum + itemWidth(key) + 28, -28);
  const colours = options.colours.map((key) => {
    const item = html`<circle cx="${x + DOT}" cy="${y1}" r="${DOT}" fill="${key.colour}"/>${text(x + 2 * DOT + 8, y1, key.label)}`;
    x += itemWidth(key) + 28;
    return item;
  });
  const neutral = palette.other;
  const shapes: [SafeHtml, number, string][] = [
    [html`<rect x="0" y="${y2 - BAR / 2}" width="40" height="${BAR}" rx="4" fill="${neutral}"/>`, 40, "a period"],
    [
      html`<rect x="1.5" y="${y2 - BAR / 2}" width="37" height="${BAR}" rx="4" fill="#ffffff" stroke="${neutral}" stroke-width="3" stroke-dasharray="6 4"/>`,
      40,
      "a rough date",
    ],
    [
      html`<line x1="0" y1="${y2}" x2="34" y2="${y2}" stroke="${neutral}" stroke-width="4" stroke-dasharray="6 5"/>`,
      40,
      "open to earlier (by, since at least)",
    ],
    [arrow(0, 40, y2, neutral, false), 40, `continuing (since), to ${options.asOf.label}`],
  ];
  x = 0;
  const shapeItems = shapes.map(([shape, wide, words]) => {
    const item = html`<g transform="translate(${x} 0)">${shape}</g>${text(x + wide + 8, y2, words)}`;
    x += wide + 8 + textWidth(words, LEGEND_SIZE) + 28;
    return item;
  });
  return html`<g class="legend">${colours}${shapeItems}</g>`;
}
