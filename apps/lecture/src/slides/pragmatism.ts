// "Pragmatism, Not Ideology": the Sino-Soviet past against today's pragmatic bond, and what each side needs.
import { html } from "../engine/html.ts";
import { blockQuote, qualifiedValue, when } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { claimList, columns, filled, heading, named } from "./layout.ts";

export const thenAndNow: SlideMaker = (deck) =>
  slide(deck, "then-and-now", (d) => {
    const united = d.event("event.sino-soviet-united");
    const split = d.event("event.sino-soviet-break");
    const westad = d.quotation("quote.westad-cold-war");
    const bond = d.claim("claim.communist-bond");
    const noIdeology = d.claim("claim.no-shared-ideology");
    const pragmatic = d.claim("claim.pragmatic-relationship");
    const flexible = d.claim("claim.pragmatic-and-flexible");
    const section = d.section("section.pragmatism");
    return {
      body: html`${heading(section.heading ?? section.label)}
${columns(
  html`<h3>Then: ${when(united)}</h3>
<p>${united.label}</p>
${blockQuote(d, westad)}
<p class="aside"><strong>${when(split)}</strong>: ${split.label}</p>`,
  html`<h3>Now</h3>${claimList([noIdeology, pragmatic, flexible])}`,
)}`,
      points: [
        html`${bond.label}: ${when(united)}.`,
        html`Contrast: ${noIdeology.label}. ${pragmatic.label}.`,
        html`The break came in the ${when(split)}. Today: ${flexible.label}.`,
      ],
    };
  });

export const riskyPartner: SlideMaker = (deck) =>
  slide(deck, "risky-partner", (d) => {
    const conservative = d.claim("claim.conservative-leader");
    const risky = d.claim("claim.risky-behaviour");
    const strain = d.claim("claim.strain-on-coalition");
    const invested = d.claim("claim.china-invested-in-order");
    return {
      body: html`${heading(html`${named(d, "russia")}'s risky behavior, ${named(d, "china")}'s stake in the postwar order`)}
${claimList([conservative, risky, strain, invested])}`,
      points: [html`${risky.label}.`, html`The tension to remember for the conclusion: ${invested.label}.`],
    };
  });

export const needs: SlideMaker = (deck) =>
  slide(deck, "needs", (d) => {
    const russiaNeeds = d.claim("claim.russia-needs-markets");
    const chinaNeeds = d.claim("claim.china-needs-energy-and-weapons");
    const war = d.figure("war.duration");
    const limits = d.claim("claim.boundaries-despite-no-limits");
    return {
      body: filled(
        heading("What each side needs"),
        html`${columns(
          html`<h3>${named(d, "russia")}</h3><p>${russiaNeeds.label}</p><p class="aside">${war.label}: ${qualifiedValue(war)}</p>`,
          html`<h3>${named(d, "china")}</h3><p>${chinaNeeds.label}</p>`,
        )}
<p class="lead">${limits.label}</p>`,
      ),
      points: [
        html`${russiaNeeds.label}, in a war now ${qualifiedValue(war)} long.`,
        html`${chinaNeeds.label}.`,
        html`${limits.label}.`,
      ],
    };
  });
