import { describe, expect, it } from "vitest";
import {
  claim,
  comparison,
  event,
  figure,
  formatQualifiedValue,
  formatStance,
  formatStatement,
  formatValue,
  formatWhen,
  inputsOf,
  quotation,
  units,
} from "../src/index.ts";

describe("formatValue writes each unit as a reader expects", () => {
  it.each([
    ["trade.bilateral.2018", "$107.1 billion"],
    ["trade.bilateral.2016", "$69.6 billion"],
    ["border.length", "4,200 km"],
    ["power-of-siberia.capacity", "38 billion m³"],
    ["arms.sales-share-to-china.2013-2017", "12%"],
    ["oil.exports-to-china.growth.2012-2017", "146%"],
    ["trade.bilateral.growth.2016-2018", "53.9%"],
    ["tsentr-2019.personnel", "128,000 personnel"],
    ["tsentr-2019.chinese-soldiers", "1,600 soldiers"],
    ["tsentr-2019.chinese-share", "1.3%"],
    ["meetings.xi-putin", "43 meetings"],
    ["unsc.permanent-seats.total", "5 permanent seats"],
    ["war.duration", "4 years"],
  ] as const)("%s → %s", (id, expected) => {
    expect(formatValue(figure(id))).toBe(expected);
  });

  it("has a case for every unit", () => {
    const samples = Object.keys(units).map((unit) => formatValue({ value: 1, unit: unit as keyof typeof units }));
    expect(samples).toEqual(["$1", "1 km", "1%", "1 m³", "1 person", "1", "1 year"]);
  });

  it("scales amounts of millions and leaves small ones whole", () => {
    expect(formatValue({ value: 2.5e6, unit: "usd" })).toBe("$2.5 million");
    expect(formatValue({ value: 950, unit: "usd" })).toBe("$950");
    expect(formatValue({ value: -3.5, unit: "percent" })).toBe("-3.5%");
    expect(formatValue({ value: 1.25, unit: "percent" })).toBe("1.25%");
    expect(formatValue({ value: 53.9, unit: "percent" })).toBe("53.9%");
  });

  it("keeps the scale word for people, counts and lengths, and writes no negative zero", () => {
    expect(formatValue({ value: 2e6, unit: "people" })).toBe("2 million people");
    expect(formatValue({ value: 3e9, unit: "people", counts: "personnel" })).toBe("3 billion personnel");
    expect(formatValue({ value: 5e7, unit: "count", counts: "permanent seats" })).toBe("50 million permanent seats");
    expect(formatValue({ value: 2e6, unit: "km" })).toBe("2 million km");
    expect(formatValue({ value: -0, unit: "km" })).toBe("0 km");
    expect(formatValue({ value: -0, unit: "percent" })).toBe("0%");
  });

  it("follows the locale's digits and separators", () => {
    expect(formatValue(figure("border.length"), "de-DE")).toBe("4.200 km");
    expect(formatValue(figure("trade.bilateral.2018"), "de-DE")).toBe("$107,1 Milliarden");
    // French puts a (narrow, by ICU version) no-break space before the sign.
    expect(formatValue(figure("arms.sales-share-to-china.2013-2017"), "fr-FR")).toMatch(/^12\s%$/);
  });

  // The formatters are built once per locale and kept, at most 64 of them: a caller that asks in many locales, one
  // after another, must still get each locale's own digits, and a bad locale must leave the others working.
  it("keeps each locale's digits, however many locales were asked for before, and after a bad one", () => {
    const border = figure("border.length");
    const when = { start: "2026-03", precision: "month" } as const;
    expect(formatValue(border, "de-DE")).toBe("4.200 km");
    for (let i = 0; i < 100; i += 1) expect(formatValue(border, `en-US-x-caller${i}`)).toBe("4,200 km");
    expect(() => formatValue(border, "not a locale")).toThrow(RangeError);
    for (const round of [1, 2]) {
      expect(formatValue(border, "de-DE"), `round ${round}`).toBe("4.200 km");
      expect(formatValue(border, "en-US")).toBe("4,200 km");
      expect(formatWhen(when, { locale: "fr-FR" })).toBe("mars 2026");
      expect(formatWhen(when, { locale: "de-DE" })).toBe("März 2026");
      expect(formatValue(figure("arms.sales-share-to-china.2013-2017"), "de-DE")).toMatch(/^12\s%$/);
    }
  });
});

describe("formatQualifiedValue keeps the essay's hedge", () => {
  it.each([
    ["meetings.xi-putin", "an estimated 43 meetings"],
    ["arms.sales-share-to-china.2013-2017", "about 12%"],
    ["tsentr-2019.chinese-soldiers", "only 1,600 soldiers"],
    ["border.length", "4,200 km"],
    ["tsentr-2019.chinese-share", "about 1.3% (computed)"],
    ["trade.bilateral.growth.2016-2018", "about 53.9% (computed)"],
  ] as const)("%s → %s", (id, expected) => {
    expect(formatQualifiedValue(figure(id))).toBe(expected);
  });
});

describe("formatWhen writes a date at its own precision", () => {
  it.each([
    [{ start: "2026-03-01", precision: "day" }, "March 1, 2026"],
    [{ start: "2026-03", precision: "month" }, "March 2026"],
    [{ start: "2018", precision: "year" }, "2018"],
    [{ start: "1970", precision: "decade" }, "1970s"],
    [{ start: "2013", end: "2017", precision: "year" }, "2013–2017"],
    [{ start: "1950", end: "1960", precision: "decade" }, "1950s–1960s"],
  ] as const)("%o → %s", (when, expected) => {
    expect(formatWhen(when)).toBe(expected);
  });

  it("writes the bound and the rough part that the essay gives a date", () => {
    const dateOf = (id: Parameters<typeof event>[0]) => {
      const when = event(id).when;
      if (when === undefined) throw new Error(`${id} is undated`);
      return formatWhen(when);
    };
    expect(dateOf("event.joint-trainings-begin")).toBe("since the mid-2000s");
    expect(dateOf("event.cooperation-since-2012")).toBe("since at least 2012");
    expect(dateOf("event.largest-crude-supplier")).toBe("by 2016");
    expect(dateOf("event.drone-technology-shared")).toBe("since 2022");
    expect(formatWhen(figure("meetings.xi-putin").when)).toBe("as of March 2026");
    expect(formatWhen({ start: "2000", precision: "decade", part: "mid" })).toBe("mid-2000s");
    expect(formatWhen({ start: "2012", precision: "year", relation: "not-before" })).toBe("not before 2012");
    // "reportedly" hedges the fact, not its date: the event's label carries it.
    expect(dateOf("event.saudi-arabia-displaced")).toBe("2016");
  });

  it("says whether a period's figure is a total over it or a change between its ends", () => {
    const arms = figure("arms.sales-share-to-china.2013-2017");
    expect(formatWhen(arms.when, { aggregation: arms.aggregation })).toBe("between 2013 and 2017");
    const oil = figure("oil.exports-to-china.growth.2012-2017");
    expect(formatWhen(oil.when, { aggregation: oil.aggregation })).toBe("from 2012 to 2017");
  });

  it("writes month names in the reader's language, without a time-zone shift", () => {
    expect(formatWhen({ start: "2026-03", precision: "month" }, { locale: "fr-FR" })).toBe("mars 2026");
    expect(formatWhen({ start: "2026-01-01", precision: "day" }, { locale: "en-US" })).toBe("January 1, 2026");
  });
});

describe("formatStatement: the one line a reader sees, hedges and all", () => {
  it("leads a derived figure with the essay's numbers, marks it computed and keeps its inputs' words", () => {
    const share = figure("tsentr-2019.chinese-share");
    expect(formatStatement(share, { inputs: inputsOf(share) })).toBe(
      "China's share of Tsentr 2019, soldiers against personnel: only 1,600 soldiers of 128,000 personnel (about 1.3%, computed)",
    );
    const trade = figure("trade.bilateral.growth.2016-2018");
    expect(formatStatement(trade, { inputs: inputsOf(trade) })).toBe(
      "Change in Russia\u2013China bilateral trade from 2016 to 2018: $69.6 billion to $107.1 billion (up about 53.9%, computed)",
    );
    expect(formatStatement(share)).toMatch(/about 1\.3% \(computed\)/);
  });

  it("gives a quoted figure its hedge and its date as the essay bounds it", () => {
    expect(formatStatement(figure("meetings.xi-putin"))).toBe(
      "Meetings between Xi and Putin: an estimated 43 meetings, as of March 2026",
    );
    expect(formatStatement(figure("arms.sales-share-to-china.2013-2017"))).toBe(
      "Share of Russia's weapons sales that went to China, 2013\u20132017: about 12%, between 2013 and 2017",
    );
  });

  it("dates an event as the essay does, and keeps an undated one undated", () => {
    expect(formatStatement(event("event.largest-crude-supplier"))).toBe(
      "by 2016: Russia had become China's largest supplier of crude oil",
    );
    expect(formatStatement(event("event.saudi-arabia-displaced"))).toMatch(/^2016: Russia reportedly /);
    expect(formatStatement(event("event.xi-rise-to-power"))).toBe("Xi's rise to power in Beijing");
  });

  it("keeps a claim's hedge, says a comparison the essay only implies, and quotes a quotation", () => {
    expect(formatStatement(claim("claim.eastern-southern-alignment"))).toMatch(/arguably/);
    expect(formatStatement(comparison("compare.gdp"))).toMatch(/implies rather than states/);
    expect(formatStatement(comparison("compare.nuclear-arsenal"))).toBe("Russia's nuclear arsenal is larger");
    expect(formatStatement(quotation("quote.authoritarian-peace"))).toBe("\u201cauthoritarian peace\u201d");
    expect(formatStance(claim("claim.weaker-partner").stance)).toBe("The essay reports what others argue or estimate.");
  });
});
