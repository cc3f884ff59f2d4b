// The slide's size in pixels and reveal.js's margin around it: one source for reveal.js's configuration (main.ts) and
// for the theme, which gets them as custom properties written into each page at build time. The theme needs them to
// size each section and to lay out the first slide before reveal.js starts, exactly as reveal.js will.

export const SLIDE_LAYOUT = { width: 1280, height: 720, margin: 0.04 } as const;

/** The custom properties theme.css reads: --deck-slide-width, --deck-slide-height, --deck-slide-margin. */
export function slideLayoutCss(): string {
  const { width, height, margin } = SLIDE_LAYOUT;
  return `:root{--deck-slide-width:${width};--deck-slide-height:${height};--deck-slide-margin:${margin}}`;
}
