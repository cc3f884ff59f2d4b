// What a talk is: its slides over the data, its page, its length, whether it builds, and who gives it, where and when.
import type { SlideMaker } from "../engine/slide.ts";

/**
 * Who gives the talk, for which course or event, and on which day: the talk's own facts, shown on its title slide
 * apart from the essay's author and date (the essay is what the talk is about, not who is talking).
 */
export interface Occasion {
  presenter: string;
  /** The course, seminar or event the talk is given at. */
  event: string;
  /** The day of the talk, as an ISO date: "2026-12-10". */
  date: string;
}

/** A talk: which slides, in which order, on which page, and how long the speaker has. */
export interface Talk {
  id: string;
  /** The HTML page the talk is built into (`index.html`, `briefing.html`). */
  page: string;
  /** Shown after the essay's title in the page title: "Lecture", "Briefing". */
  name: string;
  /** The talk's length: the slides' times (`seconds`, then an even share of the rest) add up to it. */
  minutes: number;
  /**
   * Seconds for the slides whose time is set, by slide id; an id ending in "-" sets each slide of a run ("timeline-").
   * The other slides share what is left of `minutes` evenly. Each slide's time is its `data-timing`, which the speaker
   * view's pacing timer reads.
   */
  seconds: Readonly<Record<string, number>>;
  /**
   * Whether the slides build step by step where their argument unfolds (claim lists, asymmetry groups, timeline rows,
   * chart bars and the change arrow, as reveal fragments), or show everything at once.
   */
  builds: boolean;
  /** Who gives it, where and when: the same object its title slide is made with (`title(occasion)`). */
  occasion: Occasion;
  slides: readonly SlideMaker[];
}
