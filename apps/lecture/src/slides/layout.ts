// Layout pieces the slides share. They arrange records; they hold no text of their own.

import { colourOf } from "../design/palette.ts";
import type { Claim, DeckData, Event, Figure, SlideData } from "../engine/deck-data.ts";
import { html, type SafeHtml, trustedMarkup } from "../engine/html.ts";
import { qualifiedValue, when } from "../engine/parts.ts";

export function heading(text: string | SafeHtml): SafeHtml {
  return html`<h2>${text}</h2>`;
}

/** A list of the essay's claims, each by its one-line label; each claim is a build step (a reveal fragment). */
export function claimList(claims: readonly Claim[]): SafeHtml {
  return html`<ul class="claims">${claims.map((c) => html`<li class="fragment">${c.label}</li>`)}</ul>`;
}

/** Dated events as a short list: date in bold, then what happened. */
export function eventList(events: readonly Event[]): SafeHtml {
  return html`<ul class="events">${events.map((e) => html`<li><strong class="date">${when(e)}</strong><span>${e.label}</span></li>`)}</ul>`;
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
