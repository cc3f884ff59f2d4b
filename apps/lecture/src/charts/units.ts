// A part of a whole drawn as equal squares, each the size of the part: Tsentr 2019's Chinese contingent is one
// square among the whole exercise's. Counting squares reads better than a sliver of a bar. A whole too large for
// that (or a part of nothing) is drawn at a round amount per square, which the legend states.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL } from "./svg.ts";

const COLUMNS = 20;
const SIDE = 38;
const GAP = 8;
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

/** How many squares, and how much each holds: one per part while the whole takes at most MAX_SQUARES of them. */
export function unitScale(part: number, whole: number): UnitScale {
  if (part > 0 && whole / part <= MAX_SQUARES) {
    return { squares: Math.max(1, Math.round(whole / part)), filled: 1, perSquare: part };
  }
  if (!(whole > 0)) return { squares: 0, filled: 0, perSquare: part };
  const perSquare = roundUp(whole / MAX_SQUARES);
  const squares = Math.min(MAX_SQUARES, Math.ceil(whole / perSquare));
  return { squares, filled: Math.min(squares, Math.round(part / perSquare)), perSquare };
}

/** What one square stands for, where it is not the part itself: "One square: 50,000 people". */
export function perSquareLegend(options: Pick<UnitChartOptions, "formatAmount">, scale: UnitScale): string {
  return `One square: ${options.formatAmount(scale.perSquare)}`;
}

export interface UnitChartOptions {
  id: string;
  title: string;
  description: string;
  part: number;
  whole: number;
  partColour: string;
  /** Legend for the coloured square and for the whole. */
  partLegend: SafeHtml;
  wholeLegend: SafeHtml;
  /** An amount in the figures' unit as the slide writes it ("50,000 people"), for a square that is not the part. */
  formatAmount: (amount: number) => string;
}

export function unitChart(options: UnitChartOptions): { svg: SafeHtml; scale: UnitScale } {
  const scale = unitScale(options.part, options.whole);
  const rows = Math.ceil(scale.squares / COLUMNS);
  const gridHeight = rows * (SIDE + GAP);
  const cells = Array.from({ length: scale.squares }, (_, i) => {
    const x = (i % COLUMNS) * (SIDE + GAP);
    const y = Math.floor(i / COLUMNS) * (SIDE + GAP);
    const fill = i < scale.filled ? options.partColour : palette.wash;
    const stroke = i < scale.filled ? options.partColour : palette.rule;
    return html`<rect x="${x}" y="${y}" width="${SIDE}" height="${SIDE}" fill="${fill}" stroke="${stroke}" stroke-width="2" rx="3"/>`;
  });
  const legendY = gridHeight + 48;
  const width = COLUMNS * (SIDE + GAP) - GAP;
  const scaled = scale.perSquare !== options.part;
  const perSquare = scaled
    ? html`
<text x="0" y="${legendY + 104}" font-size="${LABEL}">${perSquareLegend(options, scale)}</text>`
    : html``;
  const content = html`${cells}
<rect x="0" y="${legendY - 28}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${options.partColour}" rx="3"/>
<text x="${SIDE + 6}" y="${legendY}" font-size="${LABEL}">${options.partLegend}</text>
<rect x="0" y="${legendY + 24}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${palette.wash}" stroke="${palette.rule}" stroke-width="2" rx="3"/>
<text x="${SIDE + 6}" y="${legendY + 52}" font-size="${LABEL}">${options.wholeLegend}</text>${perSquare}`;
  const height = legendY + (scaled ? 122 : 70);
  return { svg: frame({ ...options, width, height, content }), scale };
}
