// Starts reveal.js on the pre-rendered slides, and exposes it as window.Reveal for reveal's plugins and DeckTape. Little
// else runs in the browser: the speaker view loads this page twice more in its previews, so start-up stays cheap;
// what the first slide does not need loads when it is first used: the speaker view (the notes plugin and the notes)
// when it opens, reveal's search and zoom plugins when their keys are first pressed.
import Reveal, { type RevealApi, type RevealConfig } from "reveal.js";
import type { NotesPlugin } from "reveal.js/plugin/notes";
import "reveal.js/reveal.css";
import { SLIDE_LAYOUT } from "../design/slide-layout.ts";
import "../design/theme.css";
import { loadNotes } from "./notes.ts";

/** Options reveal.js reads at run time that its published config type lacks. */
interface LectureConfig extends RevealConfig {
  /**
   * Seconds for the whole talk. Every slide's `data-timing` is set at build time and they add up to this (pacing.ts),
   * so the speaker view's pacing timer gives each slide its own time; it would share what is left among slides
   * without one. (Unset, with reveal's defaultTiming of null, the speaker view shows no pacing at all.)
   */
  totalTime?: number;
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
  // A talk without builds shows each slide whole: reveal then shows every fragment at once (render.ts sets this).
  fragments: root.dataset.builds === "true",
  // A handout page per slide: content that overflows is clipped rather than spilling onto a second page.
  pdfMaxPagesPerSlide: 1,
  // and each slide is printed whole, its build steps shown, rather than a page per step.
  pdfSeparateFragments: false,
  // Start-up lays out only the slide on screen: every slide shown costs the first paint its text layout and fonts.
  viewDistance: 1,
  mobileViewDistance: 1,
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

/**
 * reveal.js marks the deck `role="application"`, which tells a screen reader to pass every key to the page and read
 * nothing by itself (reveal.js issue #3772): the slides' text must stay readable, so the deck is a labelled region.
 */
function readableByScreenReaders(element: HTMLElement) {
  element.setAttribute("role", "region");
  element.setAttribute("aria-roledescription", "slide deck");
  element.setAttribute("aria-label", document.title);
}

/**
 * Search (ctrl+shift+F) and zoom (alt+click, ctrl+click on Linux) are reveal's own plugins, loaded on their keys: the
 * first slide does not wait for code that most talks never run. Search opens on the press that loaded it; zoom is
 * loaded as its modifier key goes down, before the click.
 */
function pluginsOnTheirKeys(deck: RevealApi) {
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== "F" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    // The plugin listens for its keys itself, once registered: where it loads at once (the single file, in which
    // it is part of the page), it would see this same press on its way back up and close the box it opened.
    event.stopPropagation();
    document.removeEventListener("keydown", onSearchKey, true);
    void import("reveal.js/plugin/search").then(({ default: Search }) => {
      const search = Search();
      deck.registerPlugin(search);
      search.open();
    });
  };
  const onZoomKey = (event: KeyboardEvent) => {
    if (event.key !== "Alt" && event.key !== "Control") return;
    document.removeEventListener("keydown", onZoomKey, true);
    void import("reveal.js/plugin/zoom").then(({ default: Zoom }) => deck.registerPlugin(Zoom()));
  };
  document.addEventListener("keydown", onSearchKey, true);
  document.addEventListener("keydown", onZoomKey, true);
}

/**
 * The speaker view loads on reveal's own key (S), on a `?notes` URL, or when a speaker window left open while the deck
 * reloaded asks for it (its heartbeat): the notes plugin then takes over all three (speaker-view.ts). The previews in
 * the speaker view (`?receiver`) show slides only.
 */
function speakerViewOnDemand(deck: RevealApi, element: HTMLElement) {
  if (/[?&]receiver/i.test(window.location.search)) return;
  let started: Promise<NotesPlugin> | undefined;
  function start(): Promise<NotesPlugin> {
    started ??= import("./speaker-view.ts").then(({ startSpeakerView }) => startSpeakerView(deck, element));
    return started;
  }
  const open = () => void start().then((notes) => notes.open());
  deck.addKeyBinding({ keyCode: 83, key: "S", description: "Speaker notes view" }, open);
  if (/[?&]notes/i.test(window.location.search)) open();
  const onHeartbeat = (event: MessageEvent) => {
    if (typeof event.data !== "string" || !event.data.includes('"heartbeat"')) return;
    window.removeEventListener("message", onHeartbeat);
    void start();
  };
  window.addEventListener("message", onHeartbeat);
}

/**
 * reveal's speaker view tells its "Upcoming" preview (this page, opened with `?receiver` and `controls=false`) which
 * slide to show by a message it sends as soon as the deck reports its state, and a preview still loading then misses
 * it: on a slow machine "Upcoming" showed the current slide until the lecturer moved on. So that preview, once
 * started, also asks the deck itself (the page that opened the speaker window around it) and goes one step on, as the
 * message would have told it; messages that do arrive set the same state or a later one. Not the current-slide
 * preview: it starts on the current slide anyway, and its own moves are passed back to the deck.
 */
function upcomingCatchesUp(deck: RevealApi) {
  if (!/[?&]controls=false/i.test(window.location.search)) return;
  let presenting: RevealApi | undefined;
  try {
    presenting = (window.parent.opener as Window | null)?.Reveal;
  } catch {
    return; // a speaker window of another origin: not ours to read
  }
  if (presenting === undefined || presenting === deck) return;
  // The overview and a lightbox belong to the deck the lecturer drives, as in the speaker view's own messages.
  const { previewIframe, previewImage, previewVideo, ...state } = presenting.getState();
  deck.setState({ ...state, overview: false });
  deck.next();
}

/** A handout with notes (`?print-pdf&showNotes=...`) prints them: they must be on the slides before reveal lays it out. */
const notesFirst = new URLSearchParams(window.location.search).has("showNotes") ? loadNotes(root) : Promise.resolve();

const deck = new Reveal(root, config);
window.Reveal = deck;
// initialize() resolves with reveal's `ready` event, not with the deck its type promises.
void notesFirst
  .then(() => deck.initialize())
  .then(() => {
    if (/[?&]receiver/i.test(window.location.search)) upcomingCatchesUp(deck);
    readableByScreenReaders(root);
    pluginsOnTheirKeys(deck);
    speakerViewOnDemand(deck, root);
    showNeighbours(deck);
  });
