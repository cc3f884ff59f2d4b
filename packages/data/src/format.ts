// Display of values for slides, pages and other consumers, built on Intl so that a locale other than English
// gets its own digits and separators. Pure functions of a record; no zod, no DOM.
import type { Aggregation, DatePart, DateRelation, Formula, Qualifier, Stance, Unit } from "./vocabulary.ts";
import { units } from "./vocabulary.ts";

interface Valued {
  readonly value: number;
  readonly unit: Unit;
  readonly counts?: string | undefined;
}

interface Qualified extends Valued {
  readonly qualifier?: Qualifier | undefined;
  /** `derived` figures are computed, not quoted, and say so wherever they are shown. */
  readonly origin?: "essay" | "derived" | undefined;
}

interface Dated {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: "day" | "month" | "year" | "decade";
  readonly relation?: DateRelation | undefined;
  readonly part?: DatePart | undefined;
}

const DEFAULT_LOCALE = "en-US";

/** A minus sign only for a number that is still negative once rounded: -0.001 km reads "0 km", never "-0 km". */
const NO_NEGATIVE_ZERO = "negative";

/**
 * The formats this module uses, by name. Building an Intl formatter takes some 20 µs, most of the time a value takes
 * to format: each is built once per locale and kept (kept(), below).
 */
const NUMBER_FORMATS = {
  plain: { maximumFractionDigits: 2, signDisplay: NO_NEGATIVE_ZERO },
  compact: { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1, signDisplay: NO_NEGATIVE_ZERO },
  // Derived shares carry only their inputs' significant digits already; two decimals is the most any shows.
  percent: { style: "percent", maximumFractionDigits: 2, signDisplay: NO_NEGATIVE_ZERO },
  years: { style: "unit", unit: "year", unitDisplay: "long", signDisplay: NO_NEGATIVE_ZERO },
} as const satisfies Record<string, Intl.NumberFormatOptions>;
const DATE_FORMATS = {
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { dateStyle: "long", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formatters built so far, by format and locale. Bounded: a server that passes each request's locale on could
 * otherwise keep one for every tag it is sent; past the bound the oldest is dropped.
 */
const built = /* @__PURE__ */ new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
const KEPT_FORMATTERS = 64;

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, build: () => T): T {
  const known = built.get(key);
  if (known !== undefined) return known as T;
  // An invalid locale throws here, before anything is kept.
  const made = build();
  if (built.size >= KEPT_FORMATTERS) built.delete(built.keys().next().value as string);
  built.set(key, made);
  return made;
}

const numberFormat = (name: keyof typeof NUMBER_FORMATS, locale: string) =>
  kept(`number ${name} ${locale}`, () => new Intl.NumberFormat(locale, NUMBER_FORMATS[name]));
const dateFormat = (name: keyof typeof DATE_FORMATS, locale: string) =>
  kept(`date ${name} ${locale}`, () => new Intl.DateTimeFormat(locale, DATE_FORMATS[name]));
/** The unit's noun is English whatever the locale of the digits ("128,000 personnel"), so its plural is too. */
const englishPlural = (value: number) => kept("plural en-US", () => new Intl.PluralRules("en-US")).select(value);

/** Large amounts read as the essay writes them: "107.1 billion", not "107,100,000,000". */
function compact(value: number, locale: string): { number: string; scale: string } {
  if (Math.abs(value) < 1e6) {
    return { number: numberFormat("plain", locale).format(value), scale: "" };
  }
  const parts = numberFormat("compact", locale).formatToParts(value);
  const number = parts
    .filter((p) => p.type !== "compact" && p.type !== "literal")
    .map((p) => p.value)
    .join("");
  const scale = parts.find((p) => p.type === "compact")?.value ?? "";
  return { number, scale: scale ? ` ${scale}` : "" };
}

/**
 * A figure's value with its unit, in the essay's words for what is counted: "$107.1 billion", "4,200 km", "38 billion
 * m³", "12%", "43 meetings", "128,000 personnel", "4 years".
 */
export function formatValue(figure: Valued, locale: string = DEFAULT_LOCALE): string {
  const { unit } = figure;
  const { value } = figure;
  switch (unit) {
    case "usd": {
      const { number, scale } = compact(value, locale);
      return `${units.usd.short}${number}${scale}`;
    }
    case "percent":
      return numberFormat("percent", locale).format(value / 100);
    case "km": {
      const { number, scale } = compact(value, locale);
      return `${number}${scale} ${units.km.short}`;
    }
    case "years":
      return numberFormat("years", locale).format(value);
    case "cubic_metres": {
      const { number, scale } = compact(value, locale);
      return `${number}${scale} ${units.cubic_metres.short}`;
    }
    case "people": {
      const { number, scale } = compact(value, locale);
      const noun = figure.counts ?? (englishPlural(value) === "one" ? "person" : units.people.label);
      return `${number}${scale} ${noun}`;
    }
    case "count": {
      const { number, scale } = compact(value, locale);
      return `${number}${scale} ${figure.counts ?? ""}`.trim();
    }
  }
}

const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  estimated: "an estimated",
  about: "about",
  reportedly: "reportedly",
  "more than": "more than",
  "at least": "at least",
  only: "only",
};

/**
 * The value with the essay's hedge in front of it, and a computed figure marked as such: "an estimated 43 meetings",
 * "about 12%", "about 1.3% (computed)".
 */
export function formatQualifiedValue(figure: Qualified, locale: string = DEFAULT_LOCALE): string {
  const value = formatValue(figure, locale);
  const hedged = figure.qualifier ? `${QUALIFIER_PREFIX[figure.qualifier]} ${value}` : value;
  return figure.origin === "derived" ? `${hedged} (computed)` : hedged;
}

function formatDate(date: string, precision: Dated["precision"], locale: string): string {
  const [year, month = 1, day = 1] = date.split("-").map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(year, month - 1, day));
  switch (precision) {
    case "decade":
      return `${year}s`;
    case "year":
      return String(year);
    case "month":
      return dateFormat("month", locale).format(utc);
    case "day":
      return dateFormat("day", locale).format(utc);
  }
}

const RELATION_PREFIX: Record<DateRelation, string> = {
  by: "by",
  since: "since",
  "since-at-least": "since at least",
  "not-before": "not before",
  "as-of": "as of",
};

/**
 * A date or period as the essay gives it, at its own precision and with its bound: "2018", "March 2026", "1970s",
 * "1950s–1960s", "mid-2000s", "by 2016", "since 2022", "since the mid-2000s", "since at least 2012", "as of March
 * 2026"; a figure's period says what the figure measures over it: "between 2013 and 2017" (a total), "from 2012 to
 * 2017" (a change between its ends).
 */
export function formatWhen(
  when: Dated,
  options: { aggregation?: Aggregation | undefined; locale?: string } = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const start = formatDate(when.start, when.precision, locale);
  if (when.end !== undefined) {
    const end = formatDate(when.end, when.precision, locale);
    if (options.aggregation === "total") return `between ${start} and ${end}`;
    if (options.aggregation === "change") return `from ${start} to ${end}`;
    return `${start}\u2013${end}`;
  }
  const rough = when.part === undefined ? start : `${when.part}-${start}`;
  if (when.relation === undefined) return rough;
  // "since the mid-2000s", "since the 1970s", but "since 2022": a decade is a span that takes the article.
  const dated = when.precision === "decade" ? `the ${rough}` : rough;
  return `${RELATION_PREFIX[when.relation]} ${dated}`;
}

const STANCES: Record<Stance, string> = {
  asserts: "The essay asserts this.",
  reports: "The essay reports what others argue or estimate.",
  entertains: "The essay entertains this as a possibility, without asserting it.",
  infers: "The essay infers this from what it has just set out.",
};

/** How the essay holds a claim, in a sentence: "The essay reports what others argue or estimate." */
export function formatStance(stance: Stance): string {
  return STANCES[stance];
}

/** What formatStatement needs to know of any record; each kind's own fields are read where it has them. */
type Statable =
  | { readonly kind: "section" | "source"; readonly label: string }
  | { readonly kind: "entity"; readonly name: string }
  | { readonly kind: "claim"; readonly label: string }
  | { readonly kind: "comparison"; readonly label: string; readonly basis: "stated" | "implied" }
  | { readonly kind: "quotation"; readonly text: string }
  | { readonly kind: "event"; readonly label: string; readonly when?: Dated | undefined }
  | (Qualified & {
      readonly kind: "figure";
      readonly label: string;
      readonly when: Dated;
      readonly aggregation?: Aggregation | undefined;
      readonly formula?: Formula | undefined;
    });

/**
 * The one line a reader is shown for a record, with everything the essay hedges it with: the qualifier, the date's
 * bound, the claim's hedging words (carried by its label), a comparison the essay only implies, and for a computed
 * figure the essay's own numbers first ("China's share of Tsentr 2019, soldiers against personnel: only 1,600 soldiers
 * of 128,000 personnel (about 1.3%, computed)"). Pass a derived figure's `inputs` (inputsOf) to lead with them.
 */
export function formatStatement(
  record: Statable,
  options: { inputs?: readonly Qualified[]; locale?: string } = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  switch (record.kind) {
    case "section":
    case "source":
    case "claim":
      return record.label;
    case "entity":
      return record.name;
    case "quotation":
      return `\u201c${record.text}\u201d`;
    case "comparison":
      return record.basis === "implied"
        ? `${record.label} (which side is ahead, the essay implies rather than states)`
        : record.label;
    case "event":
      return record.when === undefined ? record.label : `${formatWhen(record.when, { locale })}: ${record.label}`;
    case "figure": {
      const [a, b] = options.inputs ?? [];
      if (record.origin === "derived" && a !== undefined && b !== undefined) {
        const magnitude = formatValue({ ...record, value: Math.abs(record.value) }, locale);
        const computed = `${record.qualifier ? `${QUALIFIER_PREFIX[record.qualifier]} ` : ""}${magnitude}`;
        const numbers =
          record.formula === "percent_change"
            ? `${formatQualifiedValue(a, locale)} to ${formatQualifiedValue(b, locale)} (${record.value < 0 ? "down" : "up"} ${computed}, computed)`
            : `${formatQualifiedValue(a, locale)} of ${formatQualifiedValue(b, locale)} (${record.qualifier ? `${QUALIFIER_PREFIX[record.qualifier]} ` : ""}${formatValue(record, locale)}, computed)`;
        return `${record.label}: ${numbers}`;
      }
      const when = formatWhen(record.when, { aggregation: record.aggregation, locale });
      return `${record.label}: ${formatQualifiedValue(record, locale)}, ${when}`;
    }
  }
}
