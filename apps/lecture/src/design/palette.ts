// One colour per country, defined once: slides (through CSS custom properties) and every chart use these. Each
// has at least 4.5:1 contrast on the white slide background (WCAG AA for text), so a label may be set in it.
// Russia blue and China red stay distinct for the common red-green colour deficiencies; charts also label
// every mark in words, so colour is never the only cue.

export const palette = {
  russia: "#1d4f91",
  china: "#b3121d",
  /** Any other party, and neutral marks (axes, totals). */
  other: "#56606b",
  text: "#15191e",
  muted: "#4a525b",
  background: "#ffffff",
  /** Light fills behind text (cards, bars' unfilled remainder): text on them keeps AA contrast. */
  wash: "#eef1f5",
  rule: "#8a939c",
} as const;

type CountryColour = "russia" | "china" | "other";

/** The colour that stands for an entity: its own if it is Russia or China, neutral for everyone else. */
export function colourOf(entityId: string): string {
  const key: CountryColour = entityId === "russia" || entityId === "china" ? entityId : "other";
  return palette[key];
}

/** The palette as CSS custom properties (`--russia`, `--china`, ...), for the theme's stylesheet to use. */
export function paletteCss(): string {
  const properties = Object.entries(palette).map(([name, value]) => `--${name}:${value}`);
  return `:root{${properties.join(";")}}`;
}
