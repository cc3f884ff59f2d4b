// The deck's sizes of type, in slide pixels: one scale for the theme, which gets them as custom properties written
// into each page at build time (--type-small-print, --type-note, ...), and for the PowerPoint export, which sets the
// same words at the same sizes (export/pptx/face.ts). A test (tests/exports/pptx-type.test.ts) reads every paragraph
// of both back and compares them.
//
// Whole pixels, on one scale. A PDF writes a line of type at a whole size as one run of glyphs, at a fractional one
// (1.3em of 36 is 46.8) each glyph with its own position: four times the bytes to format and compress on every
// export. And each size of each weight costs the export calls to the browser for the font's settings: a size off
// the scale is more of those.

export const TYPE_SCALE = {
  /** Source lines, the running footer, the slide number, the data version, the QR code's URL: one size for all small
   * print, since each size of type is drawn glyph by glyph when first shown (the first slide costs less so). */
  smallPrint: 18,
  /** A scope note, a quote's speaker. */
  note: 24,
  /** Claims (the essay's sentences restated, which run long), text beside another column, captions, references. */
  detail: 28,
  /** An aside, a quote, a chart's lead line, events beside another column, claims spread over a short slide. */
  aside: 31,
  /** The body text. */
  text: 36,
  /** A slide's lead line, a card's heading. */
  lead: 38,
  /** A slide's title, a big number's hedge, the date on an event's card. */
  heading: 47,
  /** The talk's title on its title slide. */
  talkTitle: 61,
  /** A first-level heading elsewhere. */
  title: 72,
  /** A big number. */
  figure: 94,
  /** The big number that opens the talk. */
  hookFigure: 115,
} as const;

type TypeRole = keyof typeof TYPE_SCALE;

/** `smallPrint` → `--type-small-print`. */
function propertyName(role: TypeRole): string {
  return `--type-${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The custom properties theme.css reads, one per size: `:root{--type-small-print:18px;...}`. */
export function typeScaleCss(): string {
  const properties = Object.entries(TYPE_SCALE).map(([role, px]) => `${propertyName(role as TypeRole)}:${px}px`);
  return `:root{${properties.join(";")}}`;
}
