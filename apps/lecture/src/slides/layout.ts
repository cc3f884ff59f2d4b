// Layout pieces the slides share. They arrange records; they hold no text of their own.

import { colourOf } from "../design/palette.ts";
import type { Claim, DeckData, Event, Figure, SlideData } from "../engine/deck-data.ts";
import { html, join, type SafeHtml, trustedMarkup } from "../engine/html.ts";
import { qualifiedValue, unbroken, when } from "../engine/parts.ts";

/** A slide's heading; a text heading keeps its hyphenated compounds on one line (keepTogether). */
export function heading(text: string | SafeHtml): SafeHtml {
  return html`<h2>${typeof text === "string" ? keepTogether(text) : text}</h2>`;
}

/**
 * Text in which no line ends at a hyphen or a dash: each hyphenated compound ("China-Russia-North Korea",
 * "Russia–China") is set unbreakable, together with any of `names` it runs into ("North Korea"), so the browser
 * breaks the line at a space before or after it instead.
 */
export function keepTogether(text: string, names: readonly string[] = []): SafeHtml {
  const NBSP = "\u00a0";
  let joined = text;
  for (const name of names) if (name.includes(" ")) joined = joined.split(name).join(name.replaceAll(" ", NBSP));
  const words = joined.split(" ").map((word) => {
    const whole = word.replaceAll(NBSP, " ");
    return /[-\u2013]/.test(word) || word.includes(NBSP) ? unbroken(whole) : html`${whole}`;
  });
  return join(words, html` `);
}

/** A list of the essay's claims, each by its one-line label; each claim is a build step (a reveal fragment). */
export function claimList(claims: readonly Claim[]): SafeHtml {
  return html`<ul class="claims">${claims.map((c) => html`<li class="fragment">${c.label}</li>`)}</ul>`;
}

/** Dated events as a short list: date in bold, then what happened. */
export function eventList(events: readonly Event[]): SafeHtml {
  return html`<ul class="events">${events.map((e) => html`<li><strong class="date">${when(e)}</strong><span>${e.label}</span></li>`)}</ul>`;
}

/**
 * The colour of an event: a country's (Russia, China) when the event names that one country and no other, neutral
 * when it names several. Colour stands for a country and nothing else.
 */
export function eventColour(d: SlideData, event: Event): string {
  const countries = event.entities.filter((id) => d.deck.lookup(d.slideId, "entity", id).type === "country");
  return countries.length === 1 && countries[0] !== undefined ? colourOf(countries[0]) : colourOf("other");
}

/** One figure, large, with its label under it. */
export function bigFigure(figure: Figure, caption: string = figure.label): SafeHtml {
  return html`<div class="big-figure"><p class="big-number">${qualifiedValue(figure)}</p><p class="caption">${caption}</p></div>`;
}

/** An entity's name in its colour (Russia, China), for headings and column titles. */
export function named(d: SlideData, id: Parameters<SlideData["entity"]>[0]): SafeHtml {
  const entity = d.entity(id);
  return html`<span class="country" style="color:${colourOf(entity.id)}">${entity.name}</span>`;
}

/**
 * A slide whose content is short: the content takes the slide's height down to its source line, its parts spread
 * over it (theme.css, `.fill`), instead of sitting in the top half over an empty bottom.
 */
export function filled(head: SafeHtml, content: SafeHtml): SafeHtml {
  return html`<div class="fill-slide">${head}<div class="fill">${content}</div></div>`;
}

/** Events as cards side by side, each edged in its colour (eventColour): date in bold, then what happened. */
export function eventCards(d: SlideData, events: readonly Event[]): SafeHtml {
  return html`<ul class="events event-cards">${events.map(
    (e) =>
      html`<li class="card" style="border-top-color:${eventColour(d, e)}"><strong class="date">${when(e)}</strong><span>${e.label}</span></li>`,
  )}</ul>`;
}

/** Two columns side by side. */
export function columns(left: SafeHtml, right: SafeHtml): SafeHtml {
  return html`<div class="columns"><div>${left}</div><div>${right}</div></div>`;
}

/** The QR code to the public explorer with its URL printed under it, for students to follow the talk. */
export function followCode(deck: DeckData): SafeHtml {
  const { url, printed, qrSvg } = deck.options.follow;
  // Host and path as unbroken pieces: a narrow column breaks the URL after the host, never at a hyphen in it.
  const cut = printed.indexOf("/") + 1;
  const pieces = cut === 0 ? [printed] : [printed.slice(0, cut), printed.slice(cut)];
  return html`<figure class="follow"><div class="qr" role="img" aria-label="QR code: ${url}">${trustedMarkup(qrSvg)}</div><figcaption><a href="${url}">${pieces.map((piece) => html`<span class="url-piece">${piece}</span>`)}</a></figcaption></figure>`;
}
