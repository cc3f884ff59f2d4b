// Every dated event of the dataset, in order, a few per slide: the run grows with the data.
import { dataTable } from "../charts/svg.ts";
import { timelineChart } from "../charts/timeline.ts";
import type { Event } from "../deck-data.ts";
import { html } from "../html.ts";
import { colourOf } from "../palette.ts";
import { when } from "../parts.ts";
import { type Slide, type SlideMaker, slide } from "../slide.ts";
import { heading } from "./layout.ts";

const PER_SLIDE = 5;

/** Spread events over slides as evenly as possible, none holding more than PER_SLIDE. */
function pages(events: readonly Event[]): Event[][] {
  const count = Math.ceil(events.length / PER_SLIDE);
  const size = Math.ceil(events.length / count);
  return Array.from({ length: count }, (_, i) => events.slice(i * size, (i + 1) * size));
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
        const first = events[0];
        const last = events.at(-1);
        const span = first === undefined || last === undefined ? "" : `${when(first)} to ${when(last)}`;
        return {
          layout: "chart-slide",
          body: html`${heading(html`Timeline, ${span} <span class="part">(${i + 1} of ${runs.length})</span>`)}
<div class="chart-frame">${timelineChart({
            id: `chart-timeline-${i + 1}`,
            title: `Timeline, ${span}`,
            description: events.map((e) => `${when(e)}: ${e.label}`).join(". "),
            entries: events.map((e) => ({ date: when(e), label: e.label, colour: dotColour(e) })),
          })}</div>`,
          points: [html`Events ${span}, part ${i + 1} of ${runs.length} of the timeline.`],
          chartData: dataTable(
            `Timeline, ${span}`,
            ["When", "What"],
            events.map((e) => [when(e), e.label]),
          ),
        };
      }),
  );
};
