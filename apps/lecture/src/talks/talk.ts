import type { SlideMaker } from "../engine/slide.ts";

/** A talk: which slides, in which order, on which page, and how long the speaker has. */
export interface Talk {
  id: string;
  /** The HTML page the talk is built into (`index.html`, `briefing.html`). */
  page: string;
  /** Shown after the essay's title in the page title: "Lecture", "Briefing". */
  name: string;
  /** Sizes the speaker view's pacing timer. */
  minutes: number;
  slides: readonly SlideMaker[];
}
