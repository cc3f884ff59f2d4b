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

/** The essay's own hedges, kept so that a slide never states as exact what the essay states as an estimate. */
export const qualifiers = ["estimated", "about", "reportedly", "more than", "at least", "only", "mid"] as const;
export type Qualifier = (typeof qualifiers)[number];

export const units = {
  usd: { label: "US dollars", short: "$" },
  km: { label: "kilometres", short: "km" },
  percent: { label: "percent", short: "%" },
  cubic_metres: { label: "cubic metres", short: "m³" },
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
 * A derived figure's value from its inputs' values, rounded to two decimals (display rounding is format.ts's job).
 * The content computes derived values with it and parseDataset checks them with it, so the two cannot disagree.
 */
export function applyFormula(formula: Formula, a: number, b: number): number {
  const exact = formula === "percent_change" ? ((b - a) / a) * 100 : (a / b) * 100;
  return Math.round(exact * 100) / 100;
}
