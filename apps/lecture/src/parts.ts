// Small display pieces shared by slides and notes: values, dates, quotes, citations. Every text comes from a
// record; the markup only arranges it.
import { formatQualifiedValue, formatValue, formatWhen, formulas } from "@alignment/data";
import type { Claim, Comparison, DeckData, Event, Figure, Meta, Quotation, SlideData } from "./deck-data.ts";
import { html, type SafeHtml } from "./html.ts";

/**
 * A figure's value as the data package formats it, marked with its id so that tests and readers can trace it:
 * `<data data-figure="trade.bilateral.2018" value="107100000000">$107.1 billion</data>`.
 */
export function value(figure: Figure): SafeHtml {
  return html`<data class="figure-value" data-figure="${figure.id}" value="${figure.value}">${formatValue(figure)}</data>`;
}

/** The value with the essay's hedge in front ("an estimated 43 meetings"), the hedge kept outside the value. */
export function qualifiedValue(figure: Figure): SafeHtml {
  const full = formatQualifiedValue(figure);
  const plain = formatValue(figure);
  const hedge = full.endsWith(plain) ? full.slice(0, full.length - plain.length).trim() : "";
  return hedge === "" ? value(figure) : html`<span class="hedge">${hedge}</span> ${value(figure)}`;
}

export function when(record: Event | Figure): string {
  return formatWhen(record.when, { qualifier: record.qualifier });
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

/** The short text a record is known by in notes and tables. */
export function labelOf(record: Labelled): string {
  switch (record.kind) {
    case "comparison":
      return record.aspect;
    case "quotation":
      return `\u201c${record.text}\u201d`;
    default:
      return record.label;
  }
}

/** Where a record comes from: the essay's section, and the work the essay cites for it, if any. */
export function citation(deck: DeckData, slideId: string, record: Labelled): string {
  const section = deck.lookup(slideId, "section", record.section);
  const where = section.heading === undefined ? section.label : `section \u201c${section.heading}\u201d`;
  const sourceId = "source" in record ? record.source : undefined;
  const source = sourceId === undefined ? undefined : deck.lookup(slideId, "source", sourceId);
  const cites = source === undefined ? "" : `; the essay cites ${source.title ?? source.label}`;
  return `${essayCitation(deck.meta)}, ${where}${cites}.`;
}

/** How a derived figure is computed, in words: "(b - a) / a × 100, a = …, b = …". */
export function derivation(deck: DeckData, slideId: string, figure: Figure): string {
  if (figure.origin !== "derived") return "";
  const inputs = deck.inputsOf(slideId, figure);
  const named = inputs.map((input, i) => `${"ab"[i]} = ${input.label} (${formatValue(input)})`).join("; ");
  return `Derived, not quoted: ${formulas[figure.formula]}, where ${named}.`;
}
