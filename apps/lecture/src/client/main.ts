// Starts reveal.js on the pre-rendered slides. Nothing else runs in the browser: the speaker view loads this
// page twice more in its previews, so start-up stays cheap.
import Reveal, { type RevealApi, type RevealConfig } from "reveal.js";
import Notes from "reveal.js/plugin/notes";
import "reveal.js/reveal.css";
import { SLIDE_LAYOUT } from "../design/slide-layout.ts";
import "../design/theme.css";

/** Options reveal.js reads at run time that its published config type lacks. */
interface LectureConfig extends RevealConfig {
  /** Seconds for the whole talk: the speaker view's pacing timer divides it among the slides. */
  totalTime?: number;
  /** Below this many seconds a slide's share of totalTime triggers reveal's warning. */
  minimumTimePerSlide?: number;
}

const root = document.querySelector<HTMLElement>(".reveal");
if (root === null) throw new Error("The page holds no .reveal element: was it built without its talk?");

const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

const config: LectureConfig = {
  hash: true,
  slideNumber: "c/t",
  width: SLIDE_LAYOUT.width,
  height: SLIDE_LAYOUT.height,
  margin: SLIDE_LAYOUT.margin,
  center: false,
  transition: reducedMotion ? "none" : "slide",
  backgroundTransition: reducedMotion ? "none" : "fade",
  totalTime: Number(root.dataset.totalTime),
  // A handout page per slide: content that overflows is clipped rather than spilling onto a second page.
  pdfMaxPagesPerSlide: 1,
  // Start-up lays out only the slide on screen: every slide shown costs the first paint its text layout and fonts.
  viewDistance: 1,
  mobileViewDistance: 1,
  plugins: [Notes],
};

/** Runs `task` once the browser has nothing more urgent to do (Safari lacks requestIdleCallback: a short delay). */
function whenIdle(task: () => void) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

// Once the first slide is on screen, the slide either side of the present one is laid out too, as from then on: a
// transition needs both slides laid out. Not at once: reveal.js re-lays out the deck for it, work that would compete
// with painting the first slide. Not reveal's default of 3: the deck has no media to preload. A handout (print view)
// lays out every slide anyway.
function showNeighbours(deck: RevealApi) {
  if (deck.getConfig().view === "print") return;
  whenIdle(() => deck.configure({ viewDistance: 2, mobileViewDistance: 2 }));
}

const deck = new Reveal(root, config);
// initialize() resolves with reveal's `ready` event, not with the deck its type promises.
deck.initialize().then(() => showNeighbours(deck));
