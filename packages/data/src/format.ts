// Display of values for slides, pages and other consumers, built on Intl so that a locale other than English
// gets its own digits and separators. Pure functions of a record; no zod, no DOM.
import type { Qualifier, Unit } from "./vocabulary.ts";
import { units } from "./vocabulary.ts";

interface Valued {
  readonly value: number;
  readonly unit: Unit;
  readonly counts?: string | undefined;
}

interface Dated {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: "day" | "month" | "year" | "decade";
}

const DEFAULT_LOCALE = "en-US";

/** Large amounts read as the essay writes them: "107.1 billion", not "107,100,000,000". */
function compact(value: number, locale: string): { number: string; scale: string } {
  if (Math.abs(value) < 1e6) {
    return { number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value), scale: "" };
  }
  const parts = new Intl.NumberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  }).formatToParts(value);
  const number = parts
    .filter((p) => p.type !== "compact" && p.type !== "literal")
    .map((p) => p.value)
    .join("");
  const scale = parts.find((p) => p.type === "compact")?.value ?? "";
  return { number, scale: scale ? ` ${scale}` : "" };
}

/**
 * A figure's value with its unit: "$107.1 billion", "4,200 km", "38 billion m³", "12%", "43 meetings",
 * "128,000 people", "4 years".
 */
export function formatValue(figure: Valued, locale: string = DEFAULT_LOCALE): string {
  const { value, unit } = figure;
  switch (unit) {
    case "usd": {
      const { number, scale } = compact(value, locale);
      return `${units.usd.short}${number}${scale}`;
    }
    case "percent":
      // A small share keeps its second decimal (China's 1.25% of Tsentr 2019), where rounding would change it by
      // a fifth; larger ones read at one decimal ("53.9%").
      return new Intl.NumberFormat(locale, {
        style: "percent",
        maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1,
      }).format(value / 100);
    case "km":
      return new Intl.NumberFormat(locale, { style: "unit", unit: "kilometer" }).format(value);
    case "years":
      return new Intl.NumberFormat(locale, { style: "unit", unit: "year", unitDisplay: "long" }).format(value);
    case "cubic_metres": {
      const { number, scale } = compact(value, locale);
      return `${number}${scale} ${units.cubic_metres.short}`;
    }
    case "people": {
      const noun = new Intl.PluralRules("en-US").select(value) === "one" ? "person" : units.people.label;
      return `${compact(value, locale).number} ${noun}`;
    }
    case "count":
      return `${compact(value, locale).number} ${figure.counts ?? ""}`.trim();
  }
}

const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  estimated: "an estimated",
  about: "about",
  reportedly: "reportedly",
  "more than": "more than",
  "at least": "at least",
  only: "only",
  mid: "mid",
};

/** The value with the essay's hedge in front of it: "an estimated 43 meetings", "about 12%". */
export function formatQualifiedValue(
  figure: Valued & { readonly qualifier?: Qualifier | undefined },
  locale: string = DEFAULT_LOCALE,
): string {
  const value = formatValue(figure, locale);
  return figure.qualifier ? `${QUALIFIER_PREFIX[figure.qualifier]} ${value}` : value;
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
      return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(utc);
    case "day":
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(utc);
  }
}

/** A date or period at its own precision: "2018", "2013–2017", "March 2026", "1970s", "mid-2000s". */
export function formatWhen(when: Dated, options: { qualifier?: Qualifier | undefined; locale?: string } = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const start = formatDate(when.start, when.precision, locale);
  const text = when.end === undefined ? start : `${start}\u2013${formatDate(when.end, when.precision, locale)}`;
  if (options.qualifier === "mid") return `mid-${text}`;
  return options.qualifier === "at least" ? `at least ${text}` : text;
}
