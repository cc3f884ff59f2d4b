// A part of a whole drawn as equal squares, each the size of the part: Tsentr 2019's Chinese contingent is one
// square among the whole exercise's. Counting squares reads better than a sliver of a bar. A whole too large for
// that (or a part of nothing) is drawn at a round amount per square; the measure line says what one square stands for.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL } from "./svg.ts";

const COLUMNS = 20;
const SIDE = 38;
const GAP = 8;
/** The radius of a square's corners. */
const CORNER = 3;
/** The width of a square's outline; half of it lies outside the square, so the grid is inset by that. */
const STROKE = 2;
const INSET = STROKE / 2;
/** Five rows: more squares than anyone counts, and still one chart on a slide, whatever the figures hold. */
const MAX_SQUARES = 100;

export interface UnitScale {
  /** Squares in the grid, the whole. */
  squares: number;
  /** Squares coloured for the part. */
  filled: number;
  /** What one square stands for, in the figures' unit. */
  perSquare: number;
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `amount`: a step a reader takes in at once. */
function roundUp(amount: number): number {
  const power = 10 ** Math.floor(Math.log10(amount));
  return [1, 2, 5, 10].map((step) => step * power).find((step) => step >= amount) ?? 10 * power;
}

/**
 * How many squares, and how much each holds: one per part while the whole takes at most MAX_SQUARES of them; or
 * `perSquare` each (a percent of a whole of 100), while that takes no more.
 */
export function unitScale(part: number, whole: number, fixed?: number): UnitScale {
  if (fixed !== undefined && fixed > 0 && whole / fixed <= MAX_SQUARES) {
    const squares = Math.max(1, Math.ceil(whole / fixed));
    return { squares, filled: Math.min(squares, Math.round(part / fixed)), perSquare: fixed };
  }
  if (part > 0 && whole / part <= MAX_SQUARES) {
    return { squares: Math.max(1, Math.round(whole / part)), filled: 1, perSquare: part };
  }
  if (!(whole > 0)) return { squares: 0, filled: 0, perSquare: part };
  const perSquare = roundUp(whole / MAX_SQUARES);
  const squares = Math.min(MAX_SQUARES, Math.ceil(whole / perSquare));
  return { squares, filled: Math.min(squares, Math.round(part / perSquare)), perSquare };
}

/** The measure's line: what the squares count, and what one stands for ("…, in people · One square: 3,000 people"). */
export function unitMeasure(options: Pick<UnitChartOptions, "measure" | "formatAmount">, scale: UnitScale): string {
  return `${options.measure} · One square: ${options.formatAmount(scale.perSquare)}`;
}

export interface UnitChartOptions {
  id: string;
  title: string;
  description: string;
  /** What the squares count, and in which unit; the chart adds what one square stands for. */
  measure: string;
  part: number;
  whole: number;
  /** What one square holds, where a round amount reads better than the part (1 for a share in percent). */
  perSquare?: number;
  partColour: string;
  /** Legend for the coloured square and for the whole. */
  partLegend: SafeHtml;
  wholeLegend: SafeHtml;
  /** An amount in the figures' unit as the slide writes it ("50,000 people"), for a square that is not the part. */
  formatAmount: (amount: number) => string;
}

/**
 * One square at (x, y) as a subpath of a chart's path: its core, the square less its CORNER all round, with sharp
 * corners. Stroked with round joins, the core grows back into the square with its corners rounded by CORNER (see
 * `squaresOf`): a PDF states a round join in one word, where an arc in the path would be written out as some twenty
 * curves at the printer's resolution (the two unit charts' 184 squares were 7,000 of them, most of their slides'
 * bytes in the PDF, each one formatted and compressed on every export).
 */
function squareCore(x: number, y: number): string {
  const edge = SIDE - 2 * CORNER;
  return `M${x + CORNER} ${y + CORNER}h${edge}v${edge}h${-edge}z`;
}

/**
 * Squares of one kind, as the paths that draw them: a square of SIDE with corners rounded by CORNER, and an outline
 * of STROKE centred on its edge. A core stroked `width` wide with round joins reaches `width / 2` beyond it, with
 * corners of that radius: CORNER + STROKE / 2 is the outline's outer edge; CORNER - STROKE / 2 its inner one, where
 * the fill begins. One colour for both (the part's squares) is one path; an outline of another colour is two, the
 * outline's colour under the fill's.
 */
function squaresOf(cores: string, fill: string, outline: string): SafeHtml {
  if (!cores) return html``;
  const core = (colour: string, width: number, filled: boolean) =>
    html`<path class="mark" d="${cores}" fill="${filled ? colour : "none"}" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round"/>`;
  if (fill === outline) return core(fill, 2 * CORNER + STROKE, true);
  return html`${core(outline, 2 * CORNER + STROKE, false)}${core(fill, 2 * CORNER - STROKE, true)}`;
}

export function unitChart(options: UnitChartOptions): { svg: SafeHtml; scale: UnitScale } {
  const scale = unitScale(options.part, options.whole, options.perSquare);
  const rows = Math.ceil(scale.squares / COLUMNS);
  const gridHeight = rows * (SIDE + GAP);
  const coreAt = (i: number) =>
    squareCore(INSET + (i % COLUMNS) * (SIDE + GAP), Math.floor(i / COLUMNS) * (SIDE + GAP));
  const cores = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => coreAt(from + i)).join("");
  // The squares of each kind are one path: a square on its own would be one element more for every layout, style
  // and print of the deck to go through (184 of them in the lecture's two unit charts), for nothing a reader sees.
  const cells = html`${squaresOf(cores(0, scale.filled), options.partColour, options.partColour)}${squaresOf(cores(scale.filled, scale.squares), palette.wash, palette.rule)}`;
  const legendY = gridHeight + 48;
  const width = COLUMNS * (SIDE + GAP) - GAP + STROKE;
  const content = html`${cells}
<rect x="${INSET}" y="${legendY - 28}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${options.partColour}" rx="${CORNER}"/>
<text x="${SIDE + 6}" y="${legendY}" font-size="${LABEL}">${options.partLegend}</text>
<rect x="${INSET}" y="${legendY + 24}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${palette.wash}" stroke="${palette.rule}" stroke-width="${STROKE}" rx="${CORNER}"/>
<text x="${SIDE + 6}" y="${legendY + 52}" font-size="${LABEL}">${options.wholeLegend}</text>`;
  const height = legendY + 70;
  return { svg: frame({ ...options, measure: unitMeasure(options, scale), width, height, content }), scale };
}
