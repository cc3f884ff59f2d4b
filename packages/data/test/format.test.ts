import { describe, expect, it } from "vitest";
import { event, figure, formatQualifiedValue, formatValue, formatWhen, units } from "../src/index.ts";

describe("formatValue writes each unit as a reader expects", () => {
  it.each([
    ["trade.bilateral.2018", "$107.1 billion"],
    ["trade.bilateral.2016", "$69.6 billion"],
    ["border.length", "4,200 km"],
    ["power-of-siberia.capacity", "38 billion m³"],
    ["arms.sales-share-to-china.2013-2017", "12%"],
    ["oil.exports-to-china.growth.2012-2017", "146%"],
    ["trade.bilateral.growth.2016-2018", "53.9%"],
    ["tsentr-2019.personnel", "128,000 people"],
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
    expect(formatValue({ value: 53.88, unit: "percent" })).toBe("53.9%");
  });

  it("follows the locale's digits and separators", () => {
    expect(formatValue(figure("border.length"), "de-DE")).toBe("4.200 km");
    expect(formatValue(figure("trade.bilateral.2018"), "de-DE")).toBe("$107,1 Milliarden");
    // French puts a (narrow, by ICU version) no-break space before the sign.
    expect(formatValue(figure("arms.sales-share-to-china.2013-2017"), "fr-FR")).toMatch(/^12\s%$/);
  });
});

describe("formatQualifiedValue keeps the essay's hedge", () => {
  it.each([
    ["meetings.xi-putin", "an estimated 43 meetings"],
    ["arms.sales-share-to-china.2013-2017", "about 12%"],
    ["tsentr-2019.chinese-soldiers", "only 1,600 people"],
    ["border.length", "4,200 km"],
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

  it("adds the qualifiers that belong to a date", () => {
    const trainings = event("event.joint-trainings-begin");
    expect(formatWhen(trainings.when, { qualifier: trainings.qualifier })).toBe("mid-2000s");
    const cooperation = event("event.cooperation-since-2012");
    expect(formatWhen(cooperation.when, { qualifier: cooperation.qualifier })).toBe("at least 2012");
    // "reportedly" hedges the fact, not its date.
    const saudi = event("event.saudi-arabia-displaced");
    expect(formatWhen(saudi.when, { qualifier: saudi.qualifier })).toBe("2016");
  });

  it("writes month names in the reader's language, without a time-zone shift", () => {
    expect(formatWhen({ start: "2026-03", precision: "month" }, { locale: "fr-FR" })).toBe("mars 2026");
    expect(formatWhen({ start: "2026-01-01", precision: "day" }, { locale: "en-US" })).toBe("January 1, 2026");
  });
});
