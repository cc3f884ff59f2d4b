// The asymmetry of the two powers, measure by measure: each row names a measure and marks the side the essay
// says is ahead. Rows are grouped into the traditional measures of power and the ones the essay says are
// often overlooked, which is the essay's point: the first group favours one side, the second the other. A side the
// essay only implies is ahead (it calls the traditional asymmetry "obviously true" without going measure by measure)
// is drawn in outline and says "implied", so that the chart claims no more than the essay does.

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, SMALL } from "./svg.ts";

interface AsymmetryRow {
  aspect: string;
  /** 0 if the left side is ahead, 1 if the right side is. */
  ahead: 0 | 1;
  /** True where the essay implies, rather than states, which side is ahead. */
  implied: boolean;
}

interface AsymmetryGroup {
  heading: string;
  rows: readonly AsymmetryRow[];
}

/** The words on the marks and the key under them, shared with the PowerPoint export's drawing of the chart. */
export const ASYMMETRY_WORDS = {
  ahead: "ahead",
  implied: "implied",
  key: "ahead: as the essay states it \u00b7 implied: the essay implies it, not measure by measure",
} as const;

const WIDTH = 1100;
const ROW = 44;
const PILL = 250;
const SIZE = 24;

export interface AsymmetryChartOptions {
  id: string;
  title: string;
  description: string;
  /** What the rows compare: "Who is ahead, measure by measure". */
  measure: string;
  sides: readonly [{ name: string; colour: string }, { name: string; colour: string }];
  groups: readonly AsymmetryGroup[];
}

export function asymmetryChart(options: AsymmetryChartOptions): SafeHtml {
  const { sides } = options;
  let y = 44;
  const header = html`<text x="${PILL / 2}" y="${y}" font-size="${SIZE + 4}" font-weight="700" text-anchor="middle" fill="${sides[0].colour}">${sides[0].name}</text>
<text x="${WIDTH - PILL / 2}" y="${y}" font-size="${SIZE + 4}" font-weight="700" text-anchor="middle" fill="${sides[1].colour}">${sides[1].name}</text>`;
  y += 16;
  const parts: SafeHtml[] = [header];
  // The first group is on the slide from the start; each later one, heading and rows, is a build step (a fragment).
  options.groups.forEach((group, index) => {
    const rows: SafeHtml[] = [];
    y += 38;
    rows.push(
      html`<text x="${WIDTH / 2}" y="${y}" font-size="${SMALL}" font-weight="700" text-anchor="middle" fill="${palette.muted}" letter-spacing="1">${group.heading.toUpperCase()}</text>`,
    );
    y += 10;
    for (const row of group.rows) {
      const side = sides[row.ahead];
      const pillX = row.ahead === 0 ? 0 : WIDTH - PILL;
      const pill = row.implied
        ? html`<rect x="${pillX + 1.5}" y="${y + 1.5}" width="${PILL - 3}" height="${ROW - 9}" fill="#ffffff" stroke="${side.colour}" stroke-width="3" rx="6"/>
<text x="${pillX + PILL / 2}" y="${y + ROW / 2 + 5}" font-size="${SIZE}" font-weight="700" text-anchor="middle" fill="${side.colour}">${ASYMMETRY_WORDS.implied}</text>`
        : html`<rect x="${pillX}" y="${y}" width="${PILL}" height="${ROW - 6}" fill="${side.colour}" rx="6"/>
<text x="${pillX + PILL / 2}" y="${y + ROW / 2 + 5}" font-size="${SIZE}" font-weight="700" text-anchor="middle" fill="#ffffff">${ASYMMETRY_WORDS.ahead}</text>`;
      rows.push(html`<g><rect x="0" y="${y}" width="${WIDTH}" height="${ROW - 6}" fill="${palette.wash}" rx="6"/>
${pill}
<text x="${WIDTH / 2}" y="${y + ROW / 2 + 5}" font-size="${SIZE}" text-anchor="middle">${row.aspect}</text></g>`);
      y += ROW;
    }
    parts.push(html`<g class="measure-group${index === 0 ? "" : " fragment"}">${rows}</g>`);
  });
  if (options.groups.some((g) => g.rows.some((r) => r.implied))) {
    y += 30;
    parts.push(
      html`<text x="${WIDTH / 2}" y="${y}" font-size="${SMALL}" text-anchor="middle" fill="${palette.muted}">${ASYMMETRY_WORDS.key}</text>`,
    );
    y += 8;
  }
  return frame({ ...options, width: WIDTH, height: y + 4, content: html`${parts}` });
}
