import { describe, expect, it } from "vitest";
import { formatWhen } from "../src/index.ts";
import { copyOfDataset, normalisedEssay } from "./support/essay.ts";
import { coverage, findNumbers, holdersOf, holdings, type Ignored } from "./support/numbers.ts";

/** Numbers of the essay that no record needs to hold, each with the reason. Keep it short. */
const IGNORED: Ignored[] = [
  { number: "400", within: ["S-400"], reason: "part of a weapon's name (entity s-400)" },
  { number: "35", within: ["Su-35"], reason: "part of an aircraft's name (entity su-35)" },
  { number: "2", within: ["[PoS2]"], reason: "part of the pipeline's short name (entity power-of-siberia-2, PoS2)" },
  {
    number: "II",
    within: ["Power of Siberia II"],
    reason: "part of the pipeline's name (entity power-of-siberia-2)",
  },
  { number: "II", within: ["post-World War II"], reason: "part of the name of a war, not a quantity" },
  {
    number: "second",
    within: ["a second gas pipeline"],
    reason: "says Power of Siberia II is the second pipeline after Power of Siberia: both are entities",
  },
  {
    number: "first",
    within: ["in the first two years of the war"],
    reason: "the first years of the war from 2022: held by war.artillery-help.years (start 2022, value 2)",
  },
  {
    number: "first",
    within: ['first ever "Friendship Medal,"'],
    reason: "describes the award (event.friendship-medal), not a quantity",
  },
  {
    number: "two",
    within: [
      "their two leaders",
      "the two countries also increased",
      "the two militaries",
      "the two autocrats",
      "their two countries",
    ],
    reason: "the pair itself, Russia and China or Xi and Putin: the records' entities",
  },
  {
    number: "Three",
    within: ["Realignment Along Three Dimensions"],
    reason: "a heading naming the political, economic and defense dimensions, the `dimension` vocabulary",
  },
  {
    number: "21st",
    within: ["in the 21st century"],
    reason: "the present century as a frame for claim.influence-not-ideological; no date to hold",
  },
  {
    number: "2012",
    within: ["that did not exist prior to 2012"],
    reason:
      "a hedged argument (claim.authoritarian-peace) with no date of its own; 2012 is held by event.cooperation-since-2012",
  },
  { number: "¹", within: ["¹"], reason: "footnote mark" },
];

const realHoldings = (data = copyOfDataset()) => holdings(data, normalisedEssay, formatWhen(data.meta.published));

describe("the number detector", () => {
  it("finds digits, amounts, percentages, decades, ordinals, number words and Roman numerals", () => {
    const sample =
      "In 2031 trade reached $250.5 billion, up 12% (or 146 percent since the 1990s and the mid-2000s); " +
      "4,200 km, 1,600 soldiers, forty-three talks, a six-year plan, two of the five seats, the 21st century, " +
      "the third round, Power of Siberia III and a note.²";
    expect(findNumbers(sample).map(({ text, kind, value }) => [text, kind, value])).toEqual([
      ["2031", "year", 2031],
      ["$250.5 billion", "amount", 250.5e9],
      ["12%", "amount", 12],
      ["146 percent", "amount", 146],
      ["1990s", "decade", 1990],
      ["mid-2000s", "decade", 2000],
      ["4,200", "amount", 4200],
      ["1,600", "amount", 1600],
      ["forty", "amount", 40],
      ["three", "amount", 3],
      ["six", "amount", 6],
      ["two", "amount", 2],
      ["five", "amount", 5],
      ["21st", "ordinal", 21],
      ["third", "ordinal", 3],
      ["III", "roman", 3],
      ["²", "footnote", 2],
    ]);
  });

  it("finds no number in a sentence without one", () => {
    expect(findNumbers("One could argue that they met one another often, in Beijing and Moscow.")).toEqual([]);
  });
});

describe("coverage of the essay's numbers", () => {
  it("holds every number the essay writes, or ignores it for a stated reason", () => {
    const result = coverage(normalisedEssay, realHoldings(), IGNORED);
    expect(result.uncovered.map((m) => m.text)).toEqual([]);
    expect(result.unusedIgnores).toEqual([]);
  });

  it("reads many numbers from the essay (the detector is not silently blind)", () => {
    const texts = findNumbers(normalisedEssay).map((m) => m.text);
    expect(texts.length).toBeGreaterThan(50);
    for (const written of [
      "43",
      "1970s",
      "four",
      "2026",
      "4,200",
      "12%",
      "$69.6 billion",
      "146 percent",
      "38 billion",
    ]) {
      expect(texts).toContain(written);
    }
    expect(texts).toContain("mid-2000s");
  });

  it.each([
    ["43", ["meetings.xi-putin"]],
    ["four", ["war.duration"]],
    ["4,200", ["border.length"]],
    ["$107.1 billion", ["trade.bilateral.2018"]],
    ["146 percent", ["oil.exports-to-china.growth.2012-2017"]],
    ["five", ["oil.exports-to-china.growth.2012-2017"]],
    ["128,000", ["tsentr-2019.personnel"]],
    ["mid-2000s", ["event.joint-trainings-begin"]],
    ["1997", ["event.joint-declaration-1997", "source.joint-declaration-1997"]],
  ])("credits %s to the record that states it", (written, expected) => {
    const all = realHoldings();
    const first = findNumbers(normalisedEssay).find((m) => m.text === written);
    expect(first).toBeDefined();
    expect(holdersOf(first as NonNullable<typeof first>, all)).toEqual(expected);
  });

  it("credits the essay's date line to meta.published", () => {
    const all = realHoldings();
    const year = findNumbers(normalisedEssay).find((m) => m.text === "2026");
    expect(year && holdersOf(year, all)).toEqual(["meta"]);
  });

  it("fails for a number added to the essay that no record holds", () => {
    const extended = `${normalisedEssay} In 2031, Xi and Putin met for the 44th time, after seven summits.`;
    const result = coverage(extended, realHoldings(), IGNORED);
    expect(result.uncovered.map((m) => m.text)).toEqual(["2031", "44th", "seven"]);
  });

  it("fails when a record that holds a number is dropped", () => {
    const data = copyOfDataset();
    data.figures = data.figures.filter((f) => f.id !== "tsentr-2019.personnel");
    const result = coverage(normalisedEssay, realHoldings(data), IGNORED);
    expect(result.uncovered.map((m) => m.text)).toEqual(["128,000"]);
  });

  it("fails when a record holds a different number than its quote writes", () => {
    const data = copyOfDataset();
    const border = data.figures.find((f) => f.id === "border.length");
    if (border) border.value = 4300;
    const result = coverage(normalisedEssay, realHoldings(data), IGNORED);
    expect(result.uncovered.map((m) => m.text)).toEqual(["4,200"]);
  });

  it("reports an ignore entry that no longer matches anything", () => {
    const stale: Ignored = { number: "7", within: ["Boeing 777"], reason: "a name" };
    expect(coverage(normalisedEssay, realHoldings(), [...IGNORED, stale]).unusedIgnores).toEqual([stale]);
  });
});
