// Small display pieces shared by slides and notes: values, dates, quotes, citations. Every text comes from a
// record; the markup only arranges it.
import {
  formatQualifiedValue,
  formatStance,
  formatStatement,
  formatValue,
  formatWhen,
  formulas,
} from "@alignment/data";
import type { Claim, Comparison, DeckData, Event, Figure, Meta, Quotation, SlideData } from "./deck-data.ts";
import { html, type SafeHtml } from "./html.ts";

/**
 * Words the deck keeps on one line (theme.css: `.unbroken`; the PowerPoint export joins them by no-break spaces): the
 * line breaks at a space before or after them instead.
 */
export function unbroken(text: string): SafeHtml {
  return html`<span class="unbroken">${text}</span>`;
}

/**
 * A figure's value as the data package formats it, marked with its id so that tests and readers can trace it:
 * `<data data-figure="trade.bilateral.2018" value="107100000000">$107.1 billion</data>`.
 */
export function value(figure: Figure): SafeHtml {
  return html`<data class="figure-value" data-figure="${figure.id}" value="${figure.value}">${formatValue(figure)}</data>`;
}

/**
 * The value as a reader must see it: the essay's hedge in front ("an estimated 43 meetings"), and "(computed)" after a
 * derived figure, both kept outside the value so that the value itself stays the data package's formatting.
 */
export function qualifiedValue(figure: Figure): SafeHtml {
  const full = formatQualifiedValue(figure);
  const plain = formatValue(figure);
  const at = full.indexOf(plain);
  const hedge = at > 0 ? full.slice(0, at).trim() : "";
  const after = at >= 0 ? full.slice(at + plain.length).trim() : "";
  return html`${hedge === "" ? "" : html`<span class="hedge">${hedge}</span> `}${value(figure)}${
    after === "" ? "" : html` <span class="hedge">${after}</span>`
  }`;
}

/** A record's date as the essay gives it ("by 2016", "since the mid-2000s", "between 2013 and 2017"); "" if undated. */
export function when(record: Event | Figure): string {
  if (record.when === undefined) return "";
  return formatWhen(record.when, { aggregation: record.kind === "figure" ? record.aggregation : undefined });
}

/** The same, to open a sentence or a heading: "Since 2022", "By 2016". */
export function When(record: Event | Figure): string {
  const text = when(record);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The one line the data package gives a reader for a record, hedges, bounds and "computed" included. */
export function statement(deck: DeckData, slideId: string, record: Labelled): string {
  const inputs = record.kind === "figure" ? deck.inputsOf(slideId, record) : [];
  return formatStatement(record, { inputs });
}

/** A quotation as a block quote with its attribution, for the slide face. */
export function blockQuote(d: SlideData, quotation: Quotation): SafeHtml {
  const speaker = quotation.speaker === undefined ? undefined : d.deck.lookup(d.slideId, "entity", quotation.speaker);
  const source = d.sourceOf(quotation);
  const by = speaker?.name ?? source?.label;
  return html`<figure class="quote"><blockquote>${quotation.text}</blockquote>${
    by === undefined ? "" : html`<figcaption>${by}</figcaption>`
  }</figure>`;
}

/** "Kathryn Stoner, “Contemporary …”, Stanford University, March 2026". */
export function essayCitation(meta: Meta): string {
  return `${meta.author}, \u201c${meta.title}: ${meta.subtitle}\u201d, ${meta.affiliation}, ${formatWhen(meta.published)}`;
}

type Labelled = Figure | Event | Claim | Comparison | Quotation;

/** How a derived figure is computed, in words: "(b - a) / a × 100, a = …, b = …", and what to keep in mind. */
export function derivation(deck: DeckData, slideId: string, figure: Figure): string {
  if (figure.origin !== "derived") return "";
  const inputs = deck.inputsOf(slideId, figure);
  const named = inputs.map((input, i) => `${"ab"[i]} = ${input.label} (${formatValue(input)})`).join("; ");
  const caveat = figure.caveat === undefined ? "" : ` ${figure.caveat}`;
  return `Computed, not in the essay: ${formulas[figure.formula]}, where ${named}, to the inputs' precision.${caveat}`;
}

/** How the essay holds a claim, for the notes: nothing for what it asserts, else a sentence. */
export function stanceNote(record: Labelled): string {
  return record.kind === "claim" && record.stance !== "asserts" ? formatStance(record.stance) : "";
}
