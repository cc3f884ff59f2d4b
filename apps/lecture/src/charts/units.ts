// A part of a whole drawn as equal squares, each the size of the part: Tsentr 2019's Chinese contingent is one
// square among the whole exercise's. Counting squares reads better than a sliver of a bar.
import { html, type SafeHtml } from "../html.ts";
import { palette } from "../palette.ts";
import { frame, LABEL } from "./svg.ts";

const COLUMNS = 20;
const SIDE = 38;
const GAP = 8;

export function unitChart(options: {
  id: string;
  title: string;
  description: string;
  part: number;
  whole: number;
  partColour: string;
  /** Legend for the coloured square and for the whole. */
  partLegend: SafeHtml;
  wholeLegend: SafeHtml;
}): { svg: SafeHtml; squares: number } {
  const squares = Math.max(1, Math.round(options.whole / options.part));
  const rows = Math.ceil(squares / COLUMNS);
  const gridHeight = rows * (SIDE + GAP);
  const cells = Array.from({ length: squares }, (_, i) => {
    const x = (i % COLUMNS) * (SIDE + GAP);
    const y = Math.floor(i / COLUMNS) * (SIDE + GAP);
    const fill = i === 0 ? options.partColour : palette.wash;
    const stroke = i === 0 ? options.partColour : palette.rule;
    return html`<rect x="${x}" y="${y}" width="${SIDE}" height="${SIDE}" fill="${fill}" stroke="${stroke}" stroke-width="2" rx="3"/>`;
  });
  const legendY = gridHeight + 48;
  const width = COLUMNS * (SIDE + GAP) - GAP;
  const content = html`${cells}
<rect x="0" y="${legendY - 28}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${options.partColour}" rx="3"/>
<text x="${SIDE + 6}" y="${legendY}" font-size="${LABEL}">${options.partLegend}</text>
<rect x="0" y="${legendY + 24}" width="${SIDE * 0.8}" height="${SIDE * 0.8}" fill="${palette.wash}" stroke="${palette.rule}" stroke-width="2" rx="3"/>
<text x="${SIDE + 6}" y="${legendY + 52}" font-size="${LABEL}">${options.wholeLegend}</text>`;
  return { svg: frame({ ...options, width, height: legendY + 70, content }), squares };
}
