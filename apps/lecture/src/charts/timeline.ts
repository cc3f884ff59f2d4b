// A stretch of the timeline on a proportional time axis: one row per event, its mark placed at its date (a dot for a
// year, a bar for a period, outlined where the essay's date is rough), and its date's bound drawn as the data gives
// it: "since 2022" runs on to the time of writing, "since at least 2012" and "by 2016" trail off on their open side.
// The event's date and words sit beside its mark, on the side with room, so they cross no mark. Each row is a build
// step (a reveal fragment) in a talk with builds; the axis and the legend are there from the start. The layout is
// data (timelineLayout): the deck draws it as SVG here, the PowerPoint export as shapes from the same numbers.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, MEASURE_LINE, SMALL, textWidth, wrap } from "./svg.ts";

/** A date as the data package holds one (start, end, precision, bound, rough part). */
interface TimelineDate {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: "day" | "month" | "year" | "decade";
  readonly relation?: "by" | "since" | "since-at-least" | "not-before" | "as-of" | undefined;
  readonly part?: "early" | "mid" | "late" | undefined;
}

interface TimelineEntry {
  when: TimelineDate;
  /** The date as the essay gives it ("by 2016", "since the mid-2000s"): formatWhen's words. */
  date: string;
  label: string;
  /** The mark's colour: a country's when the event names that one country, neutral otherwise. */
  colour: string;
}

/** A legend entry for a colour: what it stands for. */
interface ColourKey {
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

/** A mark's shape, in the chart's units (y is the row's middle). */
export type TimelineShape =
  /** A period: a bar from x to x + w, outlined and dashed where the date is rough. */
  | { kind: "period"; x: number; w: number; y: number; colour: string; rough: boolean }
  | { kind: "dot"; x: number; y: number; colour: string }
  /** What a date's bound leaves open, dashed. */
  | { kind: "trail"; x1: number; x2: number; y: number; colour: string }
  /** "since …", on to the time of writing, its head at x2. */
  | { kind: "arrow"; x1: number; x2: number; y: number; colour: string };

/** An event's words: the date (bold, opening the first line) and the label, wrapped, beside the mark. */
interface TimelineWords {
  x: number;
  /** The first line's baseline. */
  y: number;
  anchor: "start" | "end";
  lines: readonly string[];
  date: string;
  /** The room the lines were wrapped to. */
  room: number;
}

export interface TimelineLayout {
  width: number;
  /** The content's height, under the measure line. */
  height: number;
  axis: { x1: number; x2: number; y: number };
  ticks: readonly { year: number; x: number }[];
  rows: readonly { shapes: readonly TimelineShape[]; words: TimelineWords }[];
  /** The colours' key, on the measure's line (y negative: above the content), and the shapes' key under the rows. */
  legend: {
    colours: readonly { x: number; y: number; colour: string; label: string; textX: number }[];
    shapes: readonly { shape: TimelineShape; label: string; textX: number; y: number }[];
  };
}

/** Sizes the export draws the layout with, as the SVG does. */
export const TIMELINE_TYPE = { size: SIZE, line: LINE, legend: LEGEND_SIZE, bar: BAR, dot: DOT } as const;

/** The measure line above the timeline. */
export const TIMELINE_MEASURE = "Dated events, by year";

function mark(
  entry: TimelineEntry,
  x: (year: number) => number,
  y: number,
  asOf: number,
): { shapes: TimelineShape[]; left: number; right: number } {
  const { when, colour } = entry;
  const [from, to] = yearsCovered(when);
  const rough = when.part !== undefined;
  const period = rough || to - from >= 2;
  const shapes: TimelineShape[] = [];
  let left: number;
  let right: number;
  if (period) {
    left = x(from);
    right = x(to);
    shapes.push({ kind: "period", x: left, w: right - left, y, colour, rough });
  } else {
    const at = x((from + to) / 2);
    left = at - DOT;
    right = at + DOT;
    shapes.push({ kind: "dot", x: at, y, colour });
  }
  // What the date's bound leaves open, dashed: earlier for "by" and "since at least", later for "not before".
  if (when.relation === "by" || when.relation === "since-at-least") {
    shapes.push({ kind: "trail", x1: left - TRAIL, x2: left, y, colour });
    left -= TRAIL;
  }
  if (when.relation === "not-before") {
    shapes.push({ kind: "trail", x1: right, x2: right + TRAIL, y, colour });
    right += TRAIL;
  }
  // "since …" goes on to the time of writing.
  if (runsOn(when)) {
    const end = Math.max(right + 24, x(asOf));
    shapes.push({ kind: "arrow", x1: right, x2: end, y, colour });
    right = end;
  }
  return { shapes, left, right };
}

/** The date in bold, then the words, wrapped to the room beside the mark, on the side that has more of it. */
function words(entry: TimelineEntry, spot: { left: number; right: number }, y: number): TimelineWords {
  const roomRight = WIDTH - spot.right - GAP;
  const roomLeft = spot.left - GAP;
  const onRight = roomRight >= roomLeft;
  const room = onRight ? roomRight : roomLeft;
  const perLine = Math.max(12, Math.floor(room / textWidth("x", SIZE)));
  return {
    x: onRight ? spot.right + GAP : spot.left - GAP,
    // The first line's middle at the mark's height.
    y: y + SIZE * 0.36,
    anchor: onRight ? "start" : "end",
    lines: wrap(`${entry.date} ${entry.label}`, perLine),
    date: entry.date,
    room,
  };
}

export interface TimelineChartOptions {
  id: string;
  title: string;
  description: string;
  entries: readonly TimelineEntry[];
  /** The time of writing, where "since …" runs to, and its words: "as of March 2026". */
  asOf: { when: TimelineDate; label: string };
  colours: readonly ColourKey[];
}

/** Where everything of the timeline goes: the proportional axis, a row per event, the legend. */
export function timelineLayout(options: TimelineChartOptions): TimelineLayout {
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
  let y = AXIS + 10 + LINE / 2;
  const rows = options.entries.map((entry) => {
    const spot = mark(entry, x, y, asOf);
    const label = words(entry, spot, y);
    y += label.lines.length * LINE + ROW_GAP;
    return { shapes: spot.shapes, words: label };
  });
  const legendTop = y + 8;
  return {
    width: WIDTH,
    height: legendTop + LEGEND_SIZE + 12,
    axis: { x1: x(first), x2: x(last), y: AXIS - 8 },
    ticks: ticks.map((year) => ({ year, x: x(year) })),
    rows,
    legend: legend(options, legendTop),
  };
}

/**
 * What the colours and the shapes mean, drawn with the marks themselves: the colours on the measure's line, at its
 * right end (above the axis, where the frame puts the measure), the shapes under the rows.
 */
function legend(
  options: { asOf: { label: string }; colours: readonly ColourKey[] },
  top: number,
): TimelineLayout["legend"] {
  const y1 = -MEASURE_LINE + SMALL * 0.62;
  const y2 = top + LEGEND_SIZE / 2;
  const itemWidth = (key: ColourKey) => 2 * DOT + 8 + textWidth(key.label, LEGEND_SIZE);
  let x = WIDTH - options.colours.reduce((sum, key) => sum + itemWidth(key) + 28, -28);
  const colours = options.colours.map((key) => {
    const item = { x: x + DOT, y: y1, colour: key.colour, label: key.label, textX: x + 2 * DOT + 8 };
    x += itemWidth(key) + 28;
    return item;
  });
  const neutral = palette.other;
  const keys: [(at: number) => TimelineShape, string][] = [
    [(at) => ({ kind: "period", x: at, w: 40, y: y2, colour: neutral, rough: false }), "a period"],
    [(at) => ({ kind: "period", x: at, w: 40, y: y2, colour: neutral, rough: true }), "a rough date"],
    [(at) => ({ kind: "trail", x1: at, x2: at + 34, y: y2, colour: neutral }), "open to earlier (by, since at least)"],
    [
      (at) => ({ kind: "arrow", x1: at, x2: at + 40, y: y2, colour: neutral }),
      `continuing (since), to ${options.asOf.label}`,
    ],
  ];
  x = 0;
  const shapes = keys.map(([shape, label]) => {
    const item = { shape: shape(x), label, textX: x + 48, y: y2 };
    x += 48 + textWidth(label, LEGEND_SIZE) + 28;
    return item;
  });
  return { colours, shapes };
}

/** A shape as SVG; a mark of the chart (class "mark"), or (`mark` false) the legend's picture of one. */
function shapeSvg(shape: TimelineShape, mark = true): SafeHtml {
  const kind = mark ? html` class="mark"` : html``;
  switch (shape.kind) {
    case "period":
      return shape.rough
        ? html`<rect${kind} x="${shape.x + 1.5}" y="${shape.y - BAR / 2}" width="${Math.max(3, shape.w - 3)}" height="${BAR}" rx="4" fill="#ffffff" stroke="${shape.colour}" stroke-width="3" stroke-dasharray="6 4"/>`
        : html`<rect${kind} x="${shape.x}" y="${shape.y - BAR / 2}" width="${shape.w}" height="${BAR}" rx="4" fill="${shape.colour}"/>`;
    case "dot":
      return html`<circle${kind} cx="${shape.x}" cy="${shape.y}" r="${DOT}" fill="${shape.colour}"/>`;
    case "trail":
      return html`<line${kind} x1="${shape.x1}" y1="${shape.y}" x2="${shape.x2}" y2="${shape.y}" stroke="${shape.colour}" stroke-width="4" stroke-dasharray="6 5"/>`;
    case "arrow":
      return html`<line${kind} x1="${shape.x1}" y1="${shape.y}" x2="${shape.x2 - 10}" y2="${shape.y}" stroke="${shape.colour}" stroke-width="4"/><path${kind} d="M${shape.x2},${shape.y} l-14,-8 v16 z" fill="${shape.colour}"/>`;
  }
}

function wordsSvg(w: TimelineWords): SafeHtml {
  const tspans = w.lines.map((line, i) => {
    const dy = i === 0 ? 0 : LINE;
    // The date opens the first line, in bold (a date longer than a line, never seen, stays plain).
    if (i === 0 && line.startsWith(w.date)) {
      return html`<tspan x="${w.x}" dy="${dy}" font-weight="700">${w.date}</tspan><tspan>${line.slice(w.date.length)}</tspan>`;
    }
    return html`<tspan x="${w.x}" dy="${dy}">${line}</tspan>`;
  });
  return html`<text class="event-label" x="${w.x}" y="${w.y}" font-size="${SIZE}" text-anchor="${w.anchor}">${tspans}</text>`;
}

export function timelineChart(options: TimelineChartOptions): SafeHtml {
  const layout = timelineLayout(options);
  const { axis } = layout;
  const axisSvg = html`<line x1="${axis.x1}" y1="${axis.y}" x2="${axis.x2}" y2="${axis.y}" stroke="${palette.rule}" stroke-width="2"/>${layout.ticks.map(
    (tick) =>
      html`<line x1="${tick.x}" y1="${axis.y - 8}" x2="${tick.x}" y2="${axis.y}" stroke="${palette.rule}" stroke-width="2"/><text class="tick" x="${tick.x}" y="${axis.y - 14}" font-size="${LEGEND_SIZE}" text-anchor="middle" fill="${palette.muted}">${tick.year}</text>`,
  )}`;
  const rows = layout.rows.map(
    (row) => html`<g class="fragment timeline-row">${row.shapes.map((s) => shapeSvg(s))}${wordsSvg(row.words)}</g>`,
  );
  const text = (x: number, y: number, words: string) =>
    html`<text x="${x}" y="${y + LEGEND_SIZE * 0.36}" font-size="${LEGEND_SIZE}" fill="${palette.muted}">${words}</text>`;
  const legendSvg = html`<g class="legend">${layout.legend.colours.map(
    (key) =>
      html`<circle cx="${key.x}" cy="${key.y}" r="${DOT}" fill="${key.colour}"/>${text(key.textX, key.y, key.label)}`,
  )}${layout.legend.shapes.map((key) => html`${shapeSvg(key.shape, false)}${text(key.textX, key.y, key.label)}`)}</g>`;
  return frame({
    ...options,
    measure: TIMELINE_MEASURE,
    width: layout.width,
    height: layout.height,
    content: html`${axisSvg}${rows}${legendSvg}`,
  });
}
