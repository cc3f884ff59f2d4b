// Every dated event of the dataset, in order, a few per slide: the run grows with the data.

import type { DatedEvent } from "@alignment/data";
import { formatWhen } from "@alignment/data";
import { type Chart, drawChart } from "../charts/chart.ts";
import { dataTable } from "../charts/svg.ts";
import { colourOf } from "../design/palette.ts";
import type { Event as AnyEvent } from "../engine/deck-data.ts";
import { html } from "../engine/html.ts";
import { when } from "../engine/parts.ts";
import { type Slide, type SlideMaker, slide } from "../engine/slide.ts";
import { heading } from "./layout.ts";

const PER_SLIDE = 5;

type Event = DatedEvent<AnyEvent>;

/** Spreads events over as few slides as hold them, as evenly as possible: 17 events make 5, 4, 4 and 4. */
function pages(events: readonly Event[]): Event[][] {
  const count = Math.ceil(events.length / PER_SLIDE);
  const base = Math.floor(events.length / count);
  const longer = events.length % count;
  let start = 0;
  return Array.from({ length: count }, (_, i) => {
    const size = base + (i < longer ? 1 : 0);
    const page = events.slice(start, start + size);
    start += size;
    return page;
  });
}

/** The years a page spans, from its first event's start to its last event's end: "1950s to 2011", "2022". */
function span(events: readonly Event[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (first === undefined || last === undefined) return "";
  const from = formatWhen({ start: first.when.start, precision: first.when.precision });
  const to = formatWhen({ start: last.when.end ?? last.when.start, precision: last.when.precision });
  return from === to ? from : `${from} to ${to}`;
}

/** An event acted by one of the two countries takes its colour; shared or other events stay neutral. */
function dotColour(event: Event): string {
  const countries = event.entities.filter((id) => id === "russia" || id === "china");
  return countries.length === 1 && countries[0] !== undefined ? colourOf(countries[0]) : colourOf("other");
}

export const timeline: SlideMaker = (deck) => {
  const runs = pages(deck.timeline());
  return runs.map(
    (events, i): Slide =>
      slide(deck, `timeline-${i + 1}`, (d) => {
        for (const event of events) d.cite(event);
        const years = span(events);
        const chart: Chart = {
          kind: "timeline",
          options: {
            id: `chart-timeline-${i + 1}`,
            title: `Timeline, ${years}`,
            description: events.map((e) => `${when(e)}: ${e.label}`).join(". "),
            entries: events.map((e) => ({ date: when(e), label: e.label, colour: dotColour(e) })),
          },
        };
        return {
          layout: "chart-slide",
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
