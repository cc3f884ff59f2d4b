// What the chart slides say, read from their markup as the build renders them from the data package: the oil chart is
// an index of its first year in one neutral colour, the Security Council chart says "2 of the 5 permanent seats" and is
// titled by what it shows, and the timeline places its events in proportion to their dates.
import { beforeAll, describe, expect, it } from "vitest";
import { timelineChart } from "../src/charts/timeline.ts";
import { palette } from "../src/design/palette.ts";
import type { DeckData } from "../src/engine/deck-data.ts";
import { buildSlides } from "../src/engine/render.ts";
import { oil } from "../src/slides/economy.ts";
import { securityCouncil } from "../src/slides/politics.ts";
import { talks } from "../src/talks/index.ts";
import { loadDeckData } from "../src/vite-plugin/load-deck-data.ts";

let deck: DeckData;
beforeAll(async () => {
  deck = await loadDeckData("explorer/", {});
});

/** The one slide a maker makes. */
function one(make: (deck: DeckData) => unknown) {
  const made = make(deck) as { body: unknown } | readonly { body: unknown }[];
  return String(Array.isArray(made) ? made[0]?.body : (made as { body: unknown }).body);
}

/** Text as a reader sees it: the markup's tags dropped, entities read, spaces collapsed. */
function text(markup: string): string {
  return markup
    .replace(/<title[\s\S]*?<\/desc>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([,.:;)])/g, "$1")
    .trim();
}

/** The attributes of every element of a kind (`rect class="bar"`) in markup. */
function elements(markup: string, pattern: RegExp): Record<string, string>[] {
  return [...markup.matchAll(pattern)].map((m) =>
    Object.fromEntries([...(m[0] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", a[2] ?? ""])),
  );
}

describe("the oil slide", () => {
  it("draws exports as an index of their first year: 100 in 2012, 246 in 2017, up the essay's 146%", () => {
    const body = one(oil);
    const values = [...body.matchAll(/<text class="bar-value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(values).toEqual(["100", "246"]);
    expect(text(body)).toContain("index (2012 = 100)");
    expect(text(body)).toContain("up 146%");
  });

  it("draws both bars in one colour, which is no country's", () => {
    const fills = new Set(elements(one(oil), /<rect class="bar"[^>]*>/g).map((bar) => bar.fill));
    expect(fills.size).toBe(1);
    expect([...fills]).not.toContain(palette.russia);
    expect([...fills]).not.toContain(palette.china);
  });
});

describe("the Security Council slide", () => {
  it('says "2 of the 5 permanent seats", as a person would', () => {
    const shown = text(one(securityCouncil));
    expect(shown).toContain("China and Russia hold 2 of the 5 permanent seats");
    expect(shown).not.toMatch(/permanent seats of the/);
  });

  it("is titled by what the chart shows, not by a claim it cannot show", () => {
    const body = one(securityCouncil);
    const title = text(/<h2>([\s\S]*?)<\/h2>/.exec(body)?.[1] ?? "");
    expect(title).toContain("2 of the 5 permanent seats");
    for (const claim of deck.dataset.claims) expect(title).not.toContain(claim.label);
  });

  it("names no permanent member the essay does not name there", () => {
    const shown = text(one(securityCouncil));
    for (const member of ["United States", "United Kingdom", "Britain", "France"]) expect(shown).not.toContain(member);
  });
});

describe("the timeline chart", () => {
  const year = (start: string, extra: object = {}) => ({
    when: { start, precision: "year" as const, ...extra },
    date: start,
    label: `Event of ${start}`,
    colour: palette.other,
  });
  const chart = String(
    timelineChart({
      id: "chart-test",
      title: "Timeline",
      description: "A test",
      entries: [
        { ...year("1970"), when: { start: "1970", precision: "decade" as const }, date: "1970s" },
        year("1990"),
        year("2000"),
        year("2020"),
      ],
      asOf: { when: { start: "2026-03", precision: "month" }, label: "March 2026" },
      colours: [{ colour: palette.other, label: "several countries" }],
    }),
  );
  const dots = elements(chart, /<circle class="mark"[^>]*>/g).map((c) => Number(c.cx));
  const [decade] = elements(chart, /<rect class="mark"[^>]*>/g);

  it("places events in proportion to their dates", () => {
    const [in1990 = 0, in2000 = 0, in2020 = 0] = dots;
    expect(in2000 - in1990).toBeGreaterThan(20);
    expect(in2020 - in2000).toBeCloseTo(2 * (in2000 - in1990), 0);
  });

  it("draws a decade as a bar as long as ten years", () => {
    const [in1990 = 0, in2000 = 0] = dots;
    expect(Number(decade?.width)).toBeCloseTo(in2000 - in1990, 0);
    // The 1970s start twenty years and half a year before the dot in the middle of 1990.
    expect(in1990 - Number(decade?.x)).toBeCloseTo(2.05 * (in2000 - in1990), 0);
  });

  it("runs an event dated 'since' on to the time of writing, and keeps its words off its mark", () => {
    const since = String(
      timelineChart({
        id: "chart-since",
        title: "Timeline",
        description: "A test",
        entries: [year("2012"), year("2022", { relation: "since" })],
        asOf: { when: { start: "2026-03", precision: "month" }, label: "March 2026" },
        colours: [],
      }),
    );
    const lines = elements(since, /<line class="mark"[^>]*>/g);
    expect(lines).toHaveLength(1);
    const [dot2012 = 0, dot2022 = 0] = elements(since, /<circle class="mark"[^>]*>/g).map((c) => Number(c.cx));
    const perYear = (dot2022 - dot2012) / 10;
    // To the head of the arrow: March 2026 is 3.75 years after the middle of 2022 (to the month's end).
    const head = /<path class="mark" d="M([\d.]+),/.exec(since)?.[1];
    expect(Number(head) - dot2022).toBeCloseTo(3.75 * perYear, 0);
    const label = elements(since, /<text class="event-label"[^>]*>/g)[1];
    expect(label?.["text-anchor"]).toBe("end");
    expect(Number(label?.x)).toBeLessThan(dot2022);
  });
});

/** Each period a text names, as "first-last": from "2012 to 2017", "between 2013 and 2017" or "2013–2017". */
function periods(said: string): string[] {
  const named = said.matchAll(/\b(1\d{3}|20\d{2})s?(?: to | and |\u2013|-)(1\d{3}|20\d{2})\b/g);
  return [...named].map((m) => `${m[1]}-${m[2]}`);
}

describe("every talk's words", () => {
  it("name each period once in a sentence: a label that holds its period gets no date after it", () => {
    const twice: string[] = [];
    for (const talk of talks) {
      for (const made of buildSlides(talk, deck)) {
        const said = [...made.points.map((point) => text(String(point))), made.chart?.options.description ?? ""];
        for (const sentence of said.flatMap((words) => words.split(/(?<=[.;])\s/))) {
          const named = periods(sentence);
          if (new Set(named).size < named.length) twice.push(`${talk.id} › ${made.id}: ${sentence}`);
        }
      }
    }
    expect(periods("Oil exports, 2012 to 2017: 146%, from 2012 to 2017.")).toEqual(["2012-2017", "2012-2017"]);
    expect(twice).toEqual([]);
  });
});
