// Finds every number the essay writes (digits, number words, ordinals, decades, Roman numerals, footnote marks)
// and decides whether the dataset holds it. A number is held when a record whose quote covers that very spot in
// the essay carries the number in a structured field: a figure's value (in the essay's scale), a period's length,
// a year or decade of a date. Anything else must be on the ignore list with its reason, so a number added to the
// essay, or a record dropped from the data, fails the coverage test.
import type { DatasetShape } from "../../src/schema.ts";
import { normaliseForQuoteMatch } from "../../src/schema.ts";

type MentionKind = "amount" | "year" | "decade" | "ordinal" | "roman" | "footnote";

export interface NumberMention {
  /** The number as the essay writes it: "4,200", "$69.6 billion", "12%", "four", "mid-2000s", "21st", "II". */
  text: string;
  /** Offset in the normalised essay. */
  index: number;
  kind: MentionKind;
  value: number;
}

const WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ROMAN: Record<string, number> = { II: 2, III: 3, IV: 4, VI: 6, VII: 7, VIII: 8, IX: 9, XI: 11, XII: 12 };

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

// "one" is left out on purpose: in prose it is mostly a pronoun ("one another", "one could argue", "one analysis").
const NUMBER = new RegExp(
  [
    String.raw`(?<decade>(?:mid-|early |late )?\d{3}0s)\b`,
    String.raw`(?<ordinal>\d+(?:st|nd|rd|th))\b`,
    String.raw`(?<amount>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?<scale> (?:thousand|million|billion|trillion))?(?<percent>%| percent)?`,
    String.raw`\b(?<word>${Object.keys(WORDS).join("|")})\b(?<wordScale> (?:thousand|million|billion|trillion))?`,
    String.raw`\b(?<ordinalWord>${Object.keys(ORDINAL_WORDS).join("|")})\b`,
    `(?<footnote>[${SUPERSCRIPTS}]+)`,
  ].join("|"),
  "gi",
);
// Case-sensitive: "II" in "World War II", but not the letters of an ordinary word.
const ROMAN_NUMERAL = new RegExp(String.raw`\b(?:${Object.keys(ROMAN).join("|")})\b`, "g");

function mentionFrom(match: RegExpExecArray): NumberMention {
  const groups = match.groups ?? {};
  const text = match[0];
  const index = match.index;
  if (groups.decade) return { text, index, kind: "decade", value: Number(groups.decade.match(/\d{4}/)?.[0]) };
  if (groups.ordinal) return { text, index, kind: "ordinal", value: Number.parseInt(groups.ordinal, 10) };
  if (groups.amount) {
    const digits = groups.amount.replace(/[$,]/g, "");
    const value = Number(digits) * (groups.scale ? (SCALES[groups.scale.trim().toLowerCase()] ?? 1) : 1);
    const plain = !groups.scale && !groups.percent && /^\d{4}$/.test(groups.amount);
    return { text, index, kind: plain && value >= 1000 && value < 3000 ? "year" : "amount", value };
  }
  if (groups.word) {
    const base = WORDS[groups.word.toLowerCase()] ?? Number.NaN;
    const scale = groups.wordScale ? (SCALES[groups.wordScale.trim().toLowerCase()] ?? 1) : 1;
    return { text, index, kind: "amount", value: base * scale };
  }
  if (groups.ordinalWord) {
    return { text, index, kind: "ordinal", value: ORDINAL_WORDS[groups.ordinalWord.toLowerCase()] ?? Number.NaN };
  }
  const value = Number([...text].map((c) => SUPERSCRIPTS.indexOf(c)).join(""));
  return { text, index, kind: "footnote", value };
}

/** Every number written in a text, in reading order. */
export function findNumbers(text: string): NumberMention[] {
  const mentions = [...text.matchAll(NUMBER)].map(mentionFrom);
  for (const match of text.matchAll(ROMAN_NUMERAL)) {
    mentions.push({ text: match[0], index: match.index, kind: "roman", value: ROMAN[match[0]] ?? Number.NaN });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** What one record holds as numbers, and where in the essay its words stand. */
export interface Holding {
  record: string;
  spans: [number, number][];
  values: number[];
  years: number[];
  decades: number[];
}

interface Dated {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: string;
}

function datesOf(when: Dated | undefined): Pick<Holding, "years" | "decades"> {
  if (when === undefined) return { years: [], decades: [] };
  const dates = [when.start, when.end].filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4)));
  return when.precision === "decade" ? { years: [], decades: dates } : { years: dates, decades: [] };
}

/** Whole years between a period's start and end ("in just five years between 2012 to 2017"). */
function periodLength(when: Dated): number[] {
  if (when.end === undefined || when.precision !== "year") return [];
  return [Number(when.end) - Number(when.start)];
}

function spansOf(essay: string, words: string): [number, number][] {
  const needle = normaliseForQuoteMatch(words);
  const spans: [number, number][] = [];
  for (let at = essay.indexOf(needle); at !== -1; at = essay.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

/**
 * The numbers each record holds. `writtenDate` renders meta.published as the essay prints it ("March 2026"),
 * since the essay's date line is metadata rather than a quote.
 */
export function holdings(data: DatasetShape, essay: string, writtenDate: string): Holding[] {
  const all: Holding[] = [
    { record: "meta", spans: spansOf(essay, writtenDate), values: [], ...datesOf(data.meta.published) },
  ];
  for (const f of data.figures) {
    if (f.origin !== "essay") continue;
    all.push({
      record: f.id,
      spans: spansOf(essay, f.quote),
      values: [f.value, ...periodLength(f.when)],
      ...datesOf(f.when),
    });
  }
  for (const e of data.events)
    all.push({ record: e.id, spans: spansOf(essay, e.quote), values: [], ...datesOf(e.when) });
  for (const s of data.sources) {
    all.push({ record: s.id, spans: spansOf(essay, s.quote), values: [], ...datesOf(s.published) });
  }
  const unnumbered = [...data.entities, ...data.quotations, ...data.claims, ...data.comparisons];
  for (const r of unnumbered)
    all.push({ record: r.id, spans: spansOf(essay, r.quote), values: [], years: [], decades: [] });
  return all;
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-12;

function holds(h: Holding, m: NumberMention): boolean {
  switch (m.kind) {
    case "year":
      return h.years.includes(m.value) || h.values.some((v) => same(v, m.value));
    case "decade":
      return h.decades.includes(m.value);
    default:
      return h.values.some((v) => same(v, m.value));
  }
}

/** The records that hold a mention: their quote covers its spot in the essay, and a field carries its number. */
export function holdersOf(m: NumberMention, all: readonly Holding[]): string[] {
  const end = m.index + m.text.length;
  return all
    .filter((h) => h.spans.some(([from, to]) => from <= m.index && end <= to) && holds(h, m))
    .map((h) => h.record);
}

export interface Ignored {
  /** The mention as detected ("400", "two", "21st"). */
  number: string;
  /** Phrases of the essay it stands in; only those occurrences are ignored. */
  within: string[];
  reason: string;
}

function isIgnored(m: NumberMention, essay: string, entry: Ignored): boolean {
  if (m.text !== entry.number) return false;
  return entry.within.some((phrase) =>
    spansOf(essay, phrase).some(([from, to]) => from <= m.index && m.index + m.text.length <= to),
  );
}

export interface Coverage {
  uncovered: NumberMention[];
  /** Ignore entries that matched nothing: stale, and so an error too. */
  unusedIgnores: Ignored[];
}

/** Checks every number of the (already normalised) essay against the records and the ignore list. */
export function coverage(essay: string, all: readonly Holding[], ignores: readonly Ignored[]): Coverage {
  const used = new Set<Ignored>();
  const uncovered: NumberMention[] = [];
  for (const m of findNumbers(essay)) {
    const ignore = ignores.find((entry) => isIgnored(m, essay, entry));
    if (ignore !== undefined) used.add(ignore);
    else if (holdersOf(m, all).length === 0) uncovered.push(m);
  }
  return { uncovered, unusedIgnores: ignores.filter((entry) => !used.has(entry)) };
}
