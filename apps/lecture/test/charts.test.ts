// Every chart draws any value a valid dataset can hold, in bounded time and size: a unit chart with too many
// squares draws fewer and says what one stands for; a seat chart with too many seats states the count; bars of
// nothing stay on the baseline. Before this, Tsentr figures of 0 threw and 3e9 personnel or 5e7 seats never ended.
import { describe, expect, it } from "vitest";
import { barChart } from "../src/charts/bars.ts";
import { seatChart } from "../src/charts/seats.ts";
import { unitChart } from "../src/charts/units.ts";
import { palette } from "../src/design/palette.ts";
import { html } from "../src/engine/html.ts";

/** Far more markup than any chart needs; a chart drawing one shape per unit of a large value exceeds it. */
const MAX_MARKUP = 40_000;
/** Milliseconds: drawing a chart is string building, so even a slow machine stays far below this. */
const MAX_TIME = 1_000;

function timed<T>(draw: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = draw();
  return { result, ms: performance.now() - start };
}

const count = (markup: string, tag: string) => markup.split(`<${tag} `).length - 1;

/** The squares a unit chart draws, by fill: each is a subpath of its kind's path (an outline's own path fills none). */
function drawnSquares(markup: string): Record<string, number> {
  const drawn: Record<string, number> = {};
  for (const [, d = "", fill = ""] of markup.matchAll(/<path class="mark" d="([^"]*)" fill="([^"]*)"/g)) {
    if (fill === "none") continue;
    drawn[fill] = (drawn[fill] ?? 0) + (d.match(/M/g) ?? []).length;
  }
  return drawn;
}

function tsentr(part: number, whole: number) {
  return unitChart({
    id: "chart-test",
    title: "Part of a whole",
    description: "A test chart",
    measure: "Participants, in people",
    part,
    whole,
    partColour: "#c00",
    partLegend: html`China: ${part}`,
    wholeLegend: html`All participants: ${whole}`,
    formatAmount: (amount) => `${amount.toLocaleString("en-US")} people`,
  });
}

describe("the unit chart", () => {
  it("draws one square per part while they fit, as before, and says what a square is", () => {
    const { svg, scale } = tsentr(1_600, 128_000);
    expect(scale).toEqual({ squares: 80, filled: 1, perSquare: 1_600 });
    expect(drawnSquares(String(svg))).toEqual({ "#c00": 1, [palette.wash]: 79 });
    // and the legend's two
    expect(count(String(svg), "rect")).toBe(2);
    expect(String(svg)).toContain("One square: 1,600 people");
  });

  it.each([
    [1_600, 3e6],
    [1_600, 3e9],
    [1_600, Number.MAX_VALUE],
    [0, 128_000],
    [0, 0],
    [2_000, 1_000],
    [0.5, 1e6],
  ])("draws part %d of %d in bounded time and size, saying what a square stands for", (part, whole) => {
    const { result, ms } = timed(() => tsentr(part, whole));
    const svg = String(result.svg);
    expect(ms).toBeLessThan(MAX_TIME);
    expect(svg.length).toBeLessThan(MAX_MARKUP);
    expect(svg).not.toContain("NaN");
    expect(svg).not.toContain("Infinity");
    const { squares, filled, perSquare } = result.scale;
    expect(squares).toBeLessThanOrEqual(100);
    expect(filled).toBeLessThanOrEqual(squares);
    // as many drawn as counted, the part's in its colour
    const drawn = drawnSquares(svg);
    expect((drawn["#c00"] ?? 0) + (drawn[palette.wash] ?? 0)).toBe(squares);
    expect(drawn["#c00"] ?? 0).toBe(filled);
    // The squares still add up to the whole, to within one square.
    if (perSquare > 0) expect(Math.abs(whole / perSquare - squares)).toBeLessThanOrEqual(1);
    // The measure line may wrap a long amount onto lines of its own.
    const read = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    if (perSquare !== part) expect(read).toContain(`One square: ${perSquare.toLocaleString("en-US")} people`);
  });

  it("picks a round amount per square when it must scale", () => {
    expect(tsentr(1_600, 3e9).scale).toEqual({ squares: 60, filled: 0, perSquare: 5e7 });
    expect(tsentr(0, 128_000).scale).toEqual({ squares: 64, filled: 0, perSquare: 2_000 });
    expect(tsentr(1e6, 1.5e8).scale).toEqual({ squares: 75, filled: 1, perSquare: 2e6 });
  });
});

function council(total: number) {
  return seatChart({
    id: "chart-test",
    title: "Seats",
    description: "A test chart",
    measure: "Permanent seats, one circle per seat",
    total,
    holders: [
      { name: "China", colour: "#c00" },
      { name: "Russia", colour: "#00c" },
    ],
    othersLabel: "The other permanent members",
  });
}

describe("the seat chart", () => {
  it("draws one circle per seat for a council that fits on a slide", () => {
    expect(count(String(council(5)), "circle")).toBe(5);
    expect(count(String(council(15)), "circle")).toBe(15);
  });

  it.each([16, 5e5, 5e7, Number.MAX_VALUE, 2.5, 1])(
    "states %d seats as a count when they cannot be drawn one by one",
    (total) => {
      const { result, ms } = timed(() => council(total));
      const svg = String(result);
      expect(ms).toBeLessThan(MAX_TIME);
      expect(svg.length).toBeLessThan(MAX_MARKUP);
      expect(count(svg, "circle")).toBe(0);
      expect(svg).toContain(`2 of ${total.toLocaleString("en-US")} seats`);
      expect(svg).toContain("China");
      expect(svg).toContain("Russia");
    },
  );
});

describe("the bar chart", () => {
  it("keeps bars of nothing on the baseline", () => {
    const bar = (amount: number) => ({ label: "2016", amount, valueLabel: html`$0` });
    const svg = String(
      barChart({
        id: "chart-test",
        title: "Trade",
        description: "None",
        measure: "Trade, in US dollars",
        unit: "US dollars",
        colour: "#555",
        bars: [bar(0), bar(0)],
      }),
    );
    expect(svg).not.toContain("NaN");
    expect(svg).toContain('height="0"');
  });
});
