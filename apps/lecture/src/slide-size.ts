// The slide's size in pixels: one source for reveal.js's configuration (main.ts) and for the theme, which gets it as a
// custom property written into each page at build time. main.ts used to read it back from the page's computed style,
// which forced a style pass over the whole document before reveal.js could start.

export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** The custom property theme.css sizes each section with. */
export function slideSizeCss(): string {
  return `:root{--deck-slide-height:${SLIDE_SIZE.height}}`;
}
