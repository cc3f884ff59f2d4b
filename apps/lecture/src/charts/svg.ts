// The frame every chart shares: an accessible SVG (role img, a title and a description read by screen readers),
// sized in user units that match slide pixels (the slide is 1280 wide), with type large enough for the back row, and
// a visible first line that says what the chart measures and in which unit ("Bilateral trade, in US dollars").

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";

/** Label size in slide pixels: about 40 px on a 1920-pixel projector, legible from the back of a hall. */
export const LABEL = 28;
export const SMALL = 24;
/** The height of a line of the measure above the chart's own content. */
export const MEASURE_LINE = 40;

export function frame(options: {
  id: string;
  title: string;
  description: string;
  /** What the chart measures, and in which unit: shown above it, so no reader has to guess what a bar is. */
  measure: string;
  width: number;
  height: number;
  content: SafeHtml;
}): SafeHtml {
  const { id, title, description, width, content } = options;
  // A narrow chart (beside text) takes its measure on more lines.
  const measure = wrap(options.measure, Math.floor(width / textWidth("x", SMALL, true)));
  const top = MEASURE_LINE + (measure.length - 1) * SMALL * 1.25;
  const height = options.height + top;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" fill="${palette.text}"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${textLines(measure, 0, SMALL, SMALL, html`class="chart-measure" font-weight="700" fill="${palette.muted}"`)}<g transform="translate(0 ${top})">${content}</g></svg>`;
}

/** Text without its markup, to estimate how wide it is drawn. */
export function plainText(markup: SafeHtml | string): string {
  return String(markup)
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, "x");
}

/** About how wide `text` is drawn at `size`: system sans-serif faces average about half an em a character. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.53);
}

/**
 * Splits text into lines of at most `maxChars` characters at word breaks. SVG text does not wrap by itself;
 * system fonts average about half an em per character, so `maxChars` ≈ width / (0.55 × font size).
 */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Multi-line SVG text: one tspan per line, `lineHeight` apart. */
function textLines(lines: readonly string[], x: number, y: number, size: number, attrs: SafeHtml = html``) {
  return html`<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines.map(
    (line, i) => html`<tspan x="${x}" dy="${i === 0 ? 0 : size * 1.25}">${line}</tspan>`,
  )}</text>`;
}

/** A plain table for the notes: header row, then rows of cells. */
export function dataTable(caption: string, header: readonly string[], rows: readonly (readonly string[])[]): SafeHtml {
  return html`<table><caption>${caption}</caption><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}
