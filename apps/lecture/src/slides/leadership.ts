// "The Xi-Putin Connection: Does Leadership Matter?": two leaders' shared vision, and their declared friendship.
import { html } from "../engine/html.ts";
import { blockQuote, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { claimList, eventCards, eventList, filled, heading } from "./layout.ts";

export const sharedVision: SlideMaker = (deck) =>
  slide(deck, "shared-vision", (d) => {
    const section = d.section("section.leadership");
    const alike = d.claim("claim.leaders-alike");
    const multipolar = d.claim("claim.multipolar-world");
    const exceptional = d.claim("claim.exceptional-roles");
    const declaration = d.event("event.joint-declaration-1997");
    return {
      body: html`${heading(section.heading ?? section.label)}${claimList([alike, multipolar, exceptional])}${eventList([declaration])}`,
      points: [
        html`${alike.label}.`,
        html`${multipolar.label}; compare the ${declaration.label} (${when(declaration)}).`,
      ],
    };
  });

export const friendship: SlideMaker = (deck) =>
  slide(deck, "friendship", (d) => {
    const declared = d.claim("claim.declared-friendship");
    const order = d.event("event.order-of-st-andrew");
    const medal = d.event("event.friendship-medal");
    const words = d.quotation("quote.xi-best-friend");
    return {
      body: filled(heading(declared.label), html`${eventCards(d, [order, medal])}${blockQuote(d, words)}`),
      points: [html`${order.label} (${when(order)}).`, html`${medal.label} (${when(medal)}).`],
    };
  });
