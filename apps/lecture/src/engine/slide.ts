// A slide is a pure function of the deck data: it returns its face (markup) and its talking points, and the
// records it looked up become its source line and the essay's words in its speaker notes.
import { formatQualifiedValue, formatWhen } from "@alignment/data";
import type { Chart } from "../charts/chart.ts";
import type { CitedRecord, DeckData } from "./deck-data.ts";
import { SlideData } from "./deck-data.ts";
import { html, join, oneLine, type SafeHtml } from "./html.ts";
import { derivation, stanceNote, unbroken } from "./parts.ts";

/** What a slide function returns. */
export interface SlideContent {
  /** The slide's face, heading included. */
  body: SafeHtml;
  /** What the lecturer should say: the first lines of the speaker notes. */
  points: readonly SafeHtml[];
  /** A chart's numbers as a table, for the notes (the face shows the picture). */
  chartData?: SafeHtml;
  /** The chart the face draws, as data: the PowerPoint export draws it again from this, natively. */
  chart?: Chart;
  /** Extra class on the section, for layouts (`title-slide`, `chart-slide`). */
  layout?: string;
}

export interface Slide extends SlideContent {
  /** Stable id: the slide's URL hash (`#/trade`). */
  id: string;
  cited: readonly CitedRecord[];
}

/** Slides a talk can list: one slide, or a run of them whose length follows the data (the timeline). */
export type SlideMaker = (deck: DeckData) => Slide | readonly Slide[];

export function slide(deck: DeckData, id: string, build: (d: SlideData) => SlideContent): Slide {
  const data = new SlideData(deck, id);
  const content = build(data);
  return { id, ...content, cited: data.cited() };
}

/** A section's title in quotation marks; a one-letter first word ("A Relationship") keeps to the word after it. */
function quotedTitle(label: string): SafeHtml {
  const parts = /^(\S) (\S+)(.*)$/s.exec(label);
  if (parts === null) return html`\u201c${label}\u201d`;
  return html`\u201c${unbroken(`${parts[1]} ${parts[2]}`)}${parts[3]}\u201d`;
}

/** Where the slide's records come from, with a link per figure to its page in the fact explorer. */
export function sourceLine(deck: DeckData, s: Slide): SafeHtml {
  if (s.cited.length === 0) return html``;
  const sections = [...new Set(s.cited.map((r) => deck.lookup(s.id, "section", r.section)))];
  const where = join(
    sections.map((section) => quotedTitle(section.label)),
    html`, `,
  );
  const sources = [
    ...new Set(
      s.cited.flatMap((r) => ("source" in r && r.source !== undefined ? [deck.lookup(s.id, "source", r.source)] : [])),
    ),
  ];
  // A source the essay does not name is described, not titled ("An analysis the essay quotes, without naming it").
  const cites = sources.length === 0 ? "" : `; cites: ${sources.map((x) => x.label).join("; ")}`;
  const figures = s.cited.filter((r) => r.kind === "figure");
  const links = figures.map((f) => html`<a href="${deck.explorerLink(f.id)}">${f.id}</a>`);
  return html`<p class="source-line">Source: ${deck.meta.author}, ${formatWhen(deck.meta.published)}, ${where}${cites}${
    links.length === 0 ? "" : html` · data: ${join(links, html`, `)}`
  }</p>`;
}

/**
 * One record's evidence in the notes, on a line: a figure's value, the essay's words for the record (or how a derived
 * figure is computed), and where: the section's short name and the work the essay cites, if any. The essay itself is
 * named once, on the slide's source line, not again for each record.
 */
function evidenceFor(deck: DeckData, slideId: string, record: CitedRecord): SafeHtml {
  const section = deck.lookup(slideId, "section", record.section).label;
  const sourceId = "source" in record ? record.source : undefined;
  const cites = sourceId === undefined ? "" : `; cites ${deck.lookup(slideId, "source", sourceId).label}`;
  const where = html`<cite>${section}${cites}</cite>`;
  if (record.kind === "figure") {
    const words = record.origin === "derived" ? derivation(deck, slideId, record) : `\u201c${record.quote}\u201d`;
    return html`<li data-figure="${record.id}"><strong>${formatQualifiedValue(record)}</strong> ${words} ${where}</li>`;
  }
  const ahead =
    record.kind === "comparison"
      ? ` Ahead: ${deck.lookup(slideId, "entity", record.advantage).name}${record.basis === "implied" ? " (implied)" : ""}.`
      : "";
  const stance = stanceNote(record);
  const quote = "quote" in record ? record.quote : "";
  return html`<li data-record="${record.id}">\u201c${quote}\u201d ${where}${ahead}${stance === "" ? "" : ` ${stance}`}</li>`;
}

/**
 * A slide's speaker notes: what to say, first; then its time and build steps; then the evidence, a line a record. On
 * one line: reveal's notes plugin shows a slide's notes with `white-space: pre-wrap`.
 */
export function slideNotes(deck: DeckData, s: Slide, pace: Pace): SafeHtml {
  const figures = s.cited.filter((r) => r.kind === "figure");
  const others = s.cited.filter((r) => r.kind !== "figure");
  const steps = pace.builds ? buildSteps(s.body) : 0;
  const markup = html`<p class="notes-label">Talking points</p><ul class="talking-points">${s.points.map((p) => html`<li>${p}</li>`)}</ul><p class="pace">(${duration(pace.seconds)}${
    steps === 0 ? "" : `; builds: ${steps} ${steps === 1 ? "step" : "steps"}`
  })</p>${
    figures.length === 0
      ? ""
      : html`<p class="notes-label">Figures, in the essay's words</p><ul class="evidence">${figures.map((r) => evidenceFor(deck, s.id, r))}</ul>`
  }${s.chartData === undefined ? "" : html`<p class="notes-label">Chart data</p>${s.chartData}`}${
    others.length === 0
      ? ""
      : html`<p class="notes-label">Also on this slide</p><ul class="evidence">${others.map((r) => evidenceFor(deck, s.id, r))}</ul>`
  }`;
  return oneLine(markup);
}

/**
 * The running footer every slide carries: whose essay, and which version of the data the slide was built from. The
 * package name is set in the slide's own font: a monospace face would be one more font to load before the first paint.
 */
export function footer(deck: DeckData): SafeHtml {
  return html`<p class="deck-footer">${deck.meta.author}, \u201c${deck.meta.title}\u201d · @alignment/data ${deck.options.dataVersion}</p>`;
}

/** What the talk gives a slide: its time in seconds, and whether its build steps play. */
interface Pace {
  seconds: number;
  builds: boolean;
}

/**
 * A slide's build steps: its parts marked as reveal fragments (`class="fragment"`). They are marked in every talk, so
 * a slide's face is the same in each; a talk without builds tells reveal not to play them (main.ts).
 */
function buildSteps(body: SafeHtml): number {
  return (String(body).match(/\bclass="(?:[^"]*\s)?fragment(?:\s[^"]*)?"/g) ?? []).length;
}

/** "1 min 30 s", "45 s", "10 min". */
function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return [minutes === 0 ? "" : `${minutes} min`, rest === 0 && minutes > 0 ? "" : `${rest} s`]
    .filter(Boolean)
    .join(" ");
}

export function renderSlide(deck: DeckData, s: Slide, pace: Pace): SafeHtml {
  // data-figures and data-records name what the slide shows, for tests and for anyone tracing a slide to its data.
  const figures = s.cited.filter((r) => r.kind === "figure").map((r) => r.id);
  // No notes here: they load when first needed (engine/notes.ts, client/notes.ts), which keeps the first slide light.
  return html`<section id="${s.id}" class="${s.layout ?? ""}" data-timing="${pace.seconds}" data-figures="${figures.join(" ")}" data-records="${s.cited
    .map((r) => r.id)
    .join(" ")}">
${s.body}
<footer class="slide-foot">${sourceLine(deck, s)}${footer(deck)}</footer>
</section>`;
}
