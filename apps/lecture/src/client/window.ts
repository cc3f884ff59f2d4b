// The deck as `window.Reveal`: main.ts sets it, since reveal.js as an ES module sets no global and reveal's plugins and
// DeckTape look for one. The declaration lives here so that the browser tests that drive the deck read the same type.
import type { RevealApi } from "reveal.js";

declare global {
  interface Window {
    /** The running deck. */
    Reveal: RevealApi;
  }
}
