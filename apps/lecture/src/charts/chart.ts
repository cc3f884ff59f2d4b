// The one contract the deck's charts share: a chart is data, its kind and the options its drawing takes. A slide
// keeps that data with its face (SlideContent.chart), draws it as SVG there, and the PowerPoint export draws the same
// data again as a native chart or as shapes, so the two never show different numbers.
import type { SafeHtml } from "../engine/html.ts";
import { type AsymmetryChartOptions, asymmetryChart } from "./asymmetry.ts";
import { type BarChartOptions, barChart } from "./bars.ts";
import { type SeatChartOptions, seatChart } from "./seats.ts";
import { type TimelineChartOptions, timelineChart } from "./timeline.ts";
import { type UnitChartOptions, unitChart } from "./units.ts";

export type Chart =
  | { kind: "bars"; options: BarChartOptions }
  | { kind: "units"; options: UnitChartOptions }
  | { kind: "seats"; options: SeatChartOptions }
  | { kind: "timeline"; options: TimelineChartOptions }
  | { kind: "asymmetry"; options: AsymmetryChartOptions };

/** The chart as the slide's face shows it: accessible SVG. */
export function drawChart(chart: Chart): SafeHtml {
  switch (chart.kind) {
    case "bars":
      return barChart(chart.options);
    case "units":
      return unitChart(chart.options).svg;
    case "seats":
      return seatChart(chart.options);
    case "timeline":
      return timelineChart(chart.options);
    case "asymmetry":
      return asymmetryChart(chart.options);
  }
}
