// The closed vocabularies of the dataset. Kept free of zod so that the main entry can use them at run time
// without loading the validator; schema.ts builds its enums from these same lists.

export const recordKinds = [
  "section",
  "source",
  "entity",
  "figure",
  "event",
  "quotation",
  "claim",
  "comparison",
] as const;
export type RecordKind = (typeof recordKinds)[number];

/** The essay's three dimensions of realignment, plus the two lenses it adds (history, leadership). */
export const dimensions = ["political", "economic", "defense", "leadership", "history"] as const;
export type Dimension = (typeof dimensions)[number];

export const entityTypes = [
  "country",
  "leader",
  "person",
  "organisation",
  "initiative",
  "pipeline",
  "weapon",
  "exercise",
  "award",
  "route",
  "agreement",
  "region",
  "conflict",
] as const;
export type EntityType = (typeof entityTypes)[number];

/** How precisely a date is known: `2018` is a year, `2026-03` a month, `1970` with precision decade is "the 1970s". */
export const precisions = ["day", "month", "year", "decade"] as const;
export type Precision = (typeof precisions)[number];

/**
 * The essay's own hedges on a value or a happening, kept so that a slide never states as exact what the essay states
 * as an estimate. Hedges on a date ("by 2016", "the mid-2000s") are the date's own: see `dateRelations`.
 */
export const qualifiers = ["estimated", "about", "reportedly", "more than", "at least", "only"] as const;
export type Qualifier = (typeof qualifiers)[number];

/**
 * How a date relates to what it dates, as the essay gives it (after Wikidata's point in time and start/end, and
 * EDTF's bounded dates). Absent: it happened or held in (or over) the date.
 * - `by`: no later than the date ("by 2016, Russia had become ...").
 * - `since`: from the date on, still so at the time of writing ("since 2022").
 * - `since-at-least`: began no later than the date and still so ("goes back to at least 2012").
 * - `not-before`: did not hold before the date ("did not exist prior to 2012").
 * - `as-of`: a state or running total at the date, usually the time of writing ("43 times at the time of writing").
 */
export const dateRelations = ["by", "since", "since-at-least", "not-before", "as-of"] as const;
export type DateRelation = (typeof dateRelations)[number];

/** A date the essay gives only roughly: "the mid-2000s" is `part: "mid"` of the decade 2000 (EDTF's approximate). */
export const dateParts = ["early", "mid", "late"] as const;
export type DatePart = (typeof dateParts)[number];

/**
 * How the essay holds a claim: `asserts` it in its own voice; `reports` what others argue or estimate ("It is often
 * argued", "estimates are that", "As one analysis notes"); `entertains` a possibility without committing to it ("One
 * could argue", "arguably", "may", "might", "perhaps"); `infers` it from what it has just set out ("Clearly ...",
 * "All of this helps ...").
 */
export const stances = ["asserts", "reports", "entertains", "infers"] as const;
export type Stance = (typeof stances)[number];

/**
 * What a figure over a period measures: a `total` over the whole period ("between 2013 and 2017"), or the `change`
 * between its two ends ("in just five years between 2012 to 2017").
 */
export const aggregations = ["total", "change"] as const;
export type Aggregation = (typeof aggregations)[number];

/**
 * Whether the essay states which side of a comparison is ahead ("its nuclear arsenal is larger") or only implies it
 * ("the asymmetry in the traditional measures ... is obviously true" names no side measure by measure).
 */
export const comparisonBases = ["stated", "implied"] as const;
export type ComparisonBasis = (typeof comparisonBases)[number];

export const units = {
  usd: { label: "US dollars", short: "$" },
  km: { label: "kilometers", short: "km" },
  percent: { label: "percent", short: "%" },
  cubic_metres: { label: "cubic meters", short: "m³" },
  people: { label: "people", short: "people" },
  count: { label: "count", short: "" },
  years: { label: "years", short: "yr" },
} as const satisfies Record<string, { label: string; short: string }>;
export type Unit = keyof typeof units;
export const unitIds = Object.keys(units) as [Unit, ...Unit[]];

/** How a derived figure is computed from its inputs (in order). */
export const formulas = {
  percent_change: "(b - a) / a × 100",
  share: "a / b × 100",
} as const;
export type Formula = keyof typeof formulas;
export const formulaIds = Object.keys(formulas) as [Formula, ...Formula[]];

/**
 * The significant digits a number is written with: 1,600 has 2, 128,000 has 3, 69.6 billion has 3, 107.1 billion
 * has 4. Trailing zeros of a whole number count as placeholders, not as measured digits, as the essay's round
 * numbers are.
 */
function significantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // Twelve digits are more than any figure of the essay is written with; beyond them lies binary noise.
  const digits = Math.abs(value).toPrecision(12).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "");
  return Math.max(1, digits.replace(/0+$/, "").length);
}

/** A number rounded to `digits` significant digits: 1.25 to 2 is 1.3, 53.879 to 3 is 53.9. */
function toSignificant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/**
 * A derived figure's value from its inputs' values, to no more significant digits than the less precise input has:
 * 1,600 of 128,000 is 1.3%, not 1.25%; $69.6 to $107.1 billion is up 53.9%, not 53.88%. The content computes derived
 * values with it and parseDataset checks them with it, so the two cannot disagree.
 */
export function applyFormula(formula: Formula, a: number, b: number): number {
  const exact = formula === "percent_change" ? ((b - a) / a) * 100 : (a / b) * 100;
  return toSignificant(exact, Math.min(significantDigits(a), significantDigits(b)));
}

/** True when the formula's exact result had to be rounded to the inputs' precision: it is then "about" the value. */
export function isRounded(formula: Formula, a: number, b: number): boolean {
  const exact = formula === "percent_change" ? ((b - a) / a) * 100 : (a / b) * 100;
  return Math.abs(exact - applyFormula(formula, a, b)) > 1e-9 * Math.max(1, Math.abs(exact));
}
