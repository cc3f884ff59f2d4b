// From talk and data to the page: the slides' markup, the footer, the palette, and each slide's time, put
// into the page template at build time, with the speaker notes beside the slides (notes.ts). The browser receives
// finished HTML.

import { paletteCss } from "../design/palette.ts";
import { slideLayoutCss } from "../design/slide-layout.ts";
import { typeScaleCss } from "../design/type-scale.ts";
import type { Talk } from "../talks/talk.ts";
import type { DeckData } from "./deck-data.ts";
import { html, type SafeHtml, trustedMarkup } from "./html.ts";
import { NOTES_ELEMENT_ID, NOTES_FILE_ATTRIBUTE, notesJson, type TalkNotes } from "./notes.ts";
import { slideSeconds } from "./pacing.ts";
import { renderSlide, type Slide, slideNotes } from "./slide.ts";

/** Where the rendered talk goes in a page template. */
const TALK_MARKER = "<!-- talk -->";

/**
 * Where a page's notes go. Without `notesFile` they go into the page. With it they go into a file of their own:
 * `notesFile` writes the talk's notes as JSON and returns the file's URL relative to the page.
 */
export interface PageOptions {
  notesFile?: (json: string, talkId: string) => string;
}

/** The talk's slides over the deck data, in order; a slide id used twice stops the build. */
export function buildSlides(talk: Talk, deck: DeckData): readonly Slide[] {
  const slides = talk.slides.flatMap((make) => make(deck));
  const seen = new Set<string>();
  for (const s of slides) {
    if (seen.has(s.id)) throw new Error(`Talk "${talk.id}" › slides: the slide id "${s.id}" is used twice`);
    seen.add(s.id);
  }
  return slides;
}

/**
 * `data-builds` tells main.ts whether reveal plays the slides' fragments (builds) or shows them at once;
 * `data-total-time` is the talk's length, which the slides' `data-timing` add up to.
 */
function renderTalk(talk: Talk, deck: DeckData, options: PageOptions): SafeHtml {
  const slides = buildSlides(talk, deck);
  const seconds = slideSeconds(
    talk,
    slides.map((s) => s.id),
  );
  const timed = slides.map((slide, i) => ({ slide, pace: { seconds: seconds[i] ?? 0, builds: talk.builds } }));
  const notes: TalkNotes = Object.fromEntries(
    timed.map(({ slide, pace }) => [slide.id, String(slideNotes(deck, slide, pace))]),
  );
  const json = notesJson(notes);
  const notesFile = options.notesFile?.(json, talk.id);
  return html`<div class="reveal" data-talk="${talk.id}" data-builds="${String(talk.builds)}" data-total-time="${talk.minutes * 60}"${
    notesFile === undefined ? "" : html` ${NOTES_FILE_ATTRIBUTE}="${notesFile}"`
  }>
<div class="slides">
${timed.map(({ slide, pace }) => renderSlide(deck, slide, pace))}
</div>
</div>${
    // JSON written so that nothing in it can end the script element or be read as markup (notesJson).
    notesFile === undefined
      ? html`<script type="application/json" id="${NOTES_ELEMENT_ID}">${trustedMarkup(json)}</script>`
      : ""
  }`;
}

/**
 * Runs before the first paint. The theme paints the first slide before reveal.js starts (theme.css says how); a page
 * opened at a later slide (#/hook), or as one of reveal's views (?print-pdf, ?receiver in the speaker view's
 * previews), must not flash the title first, so it is marked to skip that. A page opened for print (?print-pdf, as
 * reveal.js itself tells) is marked too: the theme then leaves the slides' content unlaid-out until reveal's print
 * view places them (theme.css says why).
 */
const START_SCRIPT = `<script>{const c=document.documentElement.classList;if(location.hash.length>2||location.search)c.add("deck-deep-link");if(/print-pdf/i.test(location.search))c.add("deck-print")}</script>`;

/** The page template with the talk, its title and the palette filled in. */
export function renderPage(template: string, talk: Talk, deck: DeckData, options: PageOptions = {}): string {
  if (!template.includes(TALK_MARKER)) throw new Error(`${talk.page}: the template lacks the marker ${TALK_MARKER}`);
  const title = html`<title>${deck.meta.title}: ${talk.name}</title>`;
  const style = html`<style>${paletteCss()}${slideLayoutCss()}${typeScaleCss()}</style>`;
  // Function replacements: a replacement string would expand `$&` or `` $` `` in the data's title into page text.
  return template
    .replace(/<title>.*?<\/title>/s, () => `${title}${START_SCRIPT}${style}`)
    .replace(TALK_MARKER, () => String(renderTalk(talk, deck, options)));
}
