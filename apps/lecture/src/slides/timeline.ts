// Every dated event of the dataset, in order, on a proportional time axis, up to nine a slide: the run grows with the data.

import type { DatedEvent } from "@alignment/data";
import { formatWhen } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { colourOf } from "../design/palette.ts";
import type { Event as AnyEvent } from "../engine/deck-data.ts";
import { html } from "../engine/html.ts";
import { when } from "../engine/parts.ts";
import { type Slide, type SlideMaker, slide } from "../engine/slide.ts";
import { eventColour, heading } from "./layout.ts";

/** Rows on one slide at most: the essay's seventeen dated events make two slides. */
const PER_SLIDE = 9;
/** What a row costs a slide beyond its words, in characters of them: the gap, and a mark's lane. */
const ROW_COST = 40;

type Event = DatedEvent<AnyEvent>;

/** About the room a row takes: its date and words, and the row itself. */
function weight(event: Event): number {
  return when(event).length + 1 + event.label.length + ROW_COST;
}

/**
 * Spreads events, in order, over as few slides as hold PER_SLIDE each, so that the fullest slide is as light as it
 * can be: slides of long labels take fewer rows (the linear partition, by dynamic programming over the cut points).
 */
function pages(events: readonly Event[]): Event[][] {
  const count = Math.ceil(events.length / PER_SLIDE);
  const prefix = [0];
  for (const e of events) prefix.push((prefix.at(-1) ?? 0) + weight(e));
  const cost = (from: number, to: number) =>
    to - from > PER_SLIDE ? Number.POSITIVE_INFINITY : (prefix[to] ?? 0) - (prefix[from] ?? 0);
  // best[k][i]: the lightest fullest slide for the first i events on k slides; cut[k][i] where the last slide starts.
  const best = [Array.from({ length: events.length + 1 }, (_, i) => (i === 0 ? 0 : Number.POSITIVE_INFINITY))];
  const cut: number[][] = [[]];
  for (let k = 1; k <= count; k++) {
    best[k] = [];
    cut[k] = [];
    for (let i = 0; i <= events.length; i++) {
      let lightest = Number.POSITIVE_INFINITY;
      let at = 0;
      for (let j = 0; j <= i; j++) {
        const fullest = Math.max(best[k - 1]?.[j] ?? Number.POSITIVE_INFINITY, cost(j, i));
        if (fullest < lightest) [lightest, at] = [fullest, j];
      }
      (best[k] as number[])[i] = lightest;
      (cut[k] as number[])[i] = at;
    }
  }
  const slides: Event[][] = [];
  for (let k = count, end = events.length; k > 0; k--) {
    const start = cut[k]?.[end] ?? 0;
    slides.unshift(events.slice(start, end));
    end = start;
  }
  return slides;
}

/** The years a page spans, from its first event's start to its last event's end: "1950s to 2016", "2022". */
function span(events: readonly Event[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (first === undefined || last === undefined) return "";
  const from = formatWhen({ start: first.when.start, precision: first.when.precision });
  const to = formatWhen({ start: last.when.end ?? last.when.start, precision: last.when.precision });
  return from === to ? from : `${from} to ${to}`;
}

export const timeline: SlideMaker = (deck) => {
  const runs = pages(deck.timeline());
  return runs.map(
    (events, i): Slide =>
      slide(deck, `timeline-${i + 1}`, (d) => {
        for (const event of events) d.cite(event);
        const years = span(events);
        const [russia, china] = [d.entity("russia"), d.entity("china")];
        const chart: Chart = {
          kind: "timeline",
          options: {
            id: `chart-timeline-${i + 1}`,
            title: `Timeline, ${years}`,
            description: events.map((e) => `${when(e)}: ${e.label}`).join(". "),
            entries: events.map((e) => ({ when: e.when, date: when(e), label: e.label, colour: eventColour(d, e) })),
            asOf: { when: d.meta.published, label: formatWhen(d.meta.published) },
            colours: [
              { colour: colourOf(russia.id), label: `${russia.name} alone` },
              { colour: colourOf(china.id), label: `${china.name} alone` },
              { colour: colourOf("other"), label: "several countries" },
            ],
          },
        };
        return {
          layout: "chart-slide timeline-slide",
          chart,
          body: html`${heading(html`Timeline, ${years} <span class="part">(${i + 1} of ${runs.length})</span>`)}
<div class="chart-frame">${drawChart(chart)}</div>`,
          points: [html`Events ${years}, part ${i + 1} of ${runs.length} of the timeline.`],
          chartData: dataTable(
            `Timeline, ${years}`,
            ["When", "What"],
            events.map((e) => [when(e), e.label]),
          ),
        };
      }),
  );
};
