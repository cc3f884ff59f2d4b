import { describe, expect, it } from "vitest";
import { allRecords, byEntity, dataset, entitiesOf, entity, event, formatWhen, recordsOfKind } from "../src/index.ts";
import { normaliseForQuoteMatch, parseDataset } from "../src/schema.ts";
import { essay, normalisedEssay } from "./support/essay.ts";

/** Words of the data that stand in the essay: every quote and heading, and the title block. */
function wordsOfTheData(): string[] {
  const { title, subtitle, author, affiliation, published } = dataset.meta;
  return [
    ...allRecords().flatMap((r) => ("quote" in r && r.quote !== undefined ? [r.quote] : [])),
    ...dataset.sections.flatMap((s) => (s.heading === undefined ? [] : [s.heading])),
    title,
    subtitle.toUpperCase(),
    `${author}, ${affiliation}`,
    formatWhen(published),
  ];
}

/**
 * The essay's sentences that the data quotes for less than half their length: content the data would miss.
 * A sentence may hold connectives no record needs ("Still,", "however"), hence half, not all.
 */
function sentencesLeftOut(text: string, words: readonly string[]): string[] {
  const covered = new Uint8Array(text.length);
  for (const w of words.map(normaliseForQuoteMatch)) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) covered.fill(1, at, at + w.length);
  }
  const left: string[] = [];
  for (const m of text.matchAll(/[^.?!]+(?:[.?!]+["\u00b9]*|$)/g)) {
    const sentence = m[0].trim();
    const start = m.index + m[0].indexOf(sentence);
    const quoted = covered.subarray(start, start + sentence.length).reduce((sum, c) => sum + c, 0);
    if (sentence.length > 0 && quoted < sentence.length / 2) left.push(sentence);
  }
  return left;
}

describe("the dataset", () => {
  it("passes the schema and every cross-record rule, quotes checked against the essay", () => {
    expect(() => parseDataset(dataset, { essay })).not.toThrow();
  });

  it("holds every kind of record the essay gives", () => {
    const counts = Object.fromEntries(
      (["section", "source", "entity", "figure", "event", "quotation", "claim", "comparison"] as const).map((k) => [
        k,
        recordsOfKind(k).length,
      ]),
    );
    expect(counts).toMatchObject({ section: 6, comparison: 7 });
    for (const kind of ["source", "entity", "figure", "event", "quotation", "claim"] as const) {
      expect(counts[kind], kind).toBeGreaterThan(0);
    }
  });
});

describe("content: what the essay says, and only that", () => {
  it("holds North Korea only as the entity the title names, and says so in the scope notes", () => {
    expect(entity("north-korea").quote).toBe(dataset.meta.title);
    expect(byEntity("north-korea")).toEqual([]);
    const mentions = allRecords().filter((r) => JSON.stringify(r).includes("North Korea"));
    expect(mentions.map((r) => r.id)).toEqual(["north-korea"]);
    expect(dataset.meta.scopeNotes.some((note) => note.includes("North Korea"))).toBe(true);
    // The essay's text, title aside, never names it: if it ever does, the data must follow.
    expect(essay.split("North Korea")).toHaveLength(2);
  });

  it("quotes every sentence of the essay, at least half of it", () => {
    expect(sentencesLeftOut(normalisedEssay, wordsOfTheData())).toEqual([]);
  });

  it("would notice a sentence added to the essay", () => {
    const added = "Xi and Putin also signed a pact on lunar exploration.";
    expect(sentencesLeftOut(`${normalisedEssay} ${added}`, wordsOfTheData())).toEqual([added]);
  });

  it("names every participant of Tsentr 2019", () => {
    expect(event("event.tsentr-2019").entities).toEqual([
      "tsentr-2019",
      "russia",
      "china",
      "india",
      "pakistan",
      "tajikistan",
      "uzbekistan",
      "kyrgyzstan",
      "kazakhstan",
    ]);
  });

  it("links a record to every country or leader its quote names", () => {
    const named = dataset.entities.filter((e) => e.type === "country" || e.type === "leader");
    const missing: string[] = [];
    for (const r of allRecords()) {
      if (r.kind !== "figure" && r.kind !== "event" && r.kind !== "claim") continue;
      if (r.kind === "figure" && r.origin === "derived") continue;
      const refs = entitiesOf(r);
      for (const e of named) {
        if (new RegExp(`\\b${e.name}\\b(?!-)`).test(r.quote) && !refs.includes(e.id)) missing.push(`${r.id} → ${e.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses every entity: referenced by a record, or the author or publisher of a cited source", () => {
    const credited = new Set(
      dataset.sources.flatMap((s) => [s.label, s.publisher, ...(s.authors ?? []), ...(s.editors ?? [])]),
    );
    const unused = dataset.entities.filter(
      (e) => e.id !== "north-korea" && byEntity(e.id as "russia").length === 0 && !credited.has(e.name),
    );
    expect(unused.map((e) => e.id)).toEqual([]);
  });

  it("keeps the sections in the essay's order, each with its records", () => {
    expect(dataset.sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const s of dataset.sections) {
      expect(
        allRecords().some((r) => r.kind !== "section" && r.section === s.id),
        s.id,
      ).toBe(true);
    }
  });

  it("records the awards, the 1997 declaration and the Sino-Soviet past", () => {
    expect(event("event.order-of-st-andrew")).toMatchObject({ when: { start: "2017" } });
    expect(event("event.friendship-medal")).toMatchObject({ when: { start: "2018" } });
    expect(event("event.joint-declaration-1997").entities).toContain("joint-declaration-1997");
    expect(event("event.sino-soviet-break").when).toEqual({ start: "1970", precision: "decade" });
    expect(event("event.sino-soviet-united").when).toEqual({ start: "1950", end: "1960", precision: "decade" });
  });
});
