// Checks on each figure: what it refers to, whether its value can be what its unit measures, that a period says
// how it is aggregated, that its quote states its value and qualifier, and that a derived figure is what its
// formula gives over its inputs.
import type { z } from "zod";
import { numberAsWritten, writtenForms } from "../../numbers.ts";
import { applyFormula, isRounded } from "../../vocabulary.ts";
import type { QualifierSchema } from "../enums.ts";
import type { DerivedFigure, Figure } from "../figure.ts";
import type { DatasetProblem } from "../problems.ts";
import { type Check, type CheckContext, inEssay, reference, references, withinQuote } from "./context.ts";

/** The word of the essay each qualifier stands for, which the quote must hold. */
export const QUALIFIER_WORDS: Record<z.infer<typeof QualifierSchema>, string> = {
  estimated: "estimated",
  about: "about",
  reportedly: "reportedly",
  "more than": "more than",
  "at least": "at least",
  only: "only",
};

type FigureCheck = (figure: Figure, context: CheckContext) => DatasetProblem[];

const figureReferences: FigureCheck = (figure, context) => [
  ...references(context, figure.id, "subjects", figure.subjects, "entity"),
  ...reference(context, figure.id, "source", figure.source, "source"),
];

/** A quantity is not negative (a percent may be), and a count is a whole number held exactly. */
const valueInUnit: FigureCheck = (figure) => {
  const problems: DatasetProblem[] = [];
  if (figure.unit !== "percent" && figure.value < 0) {
    problems.push({
      record: figure.id,
      field: "value",
      message: `a quantity in ${figure.unit} cannot be negative (${figure.value})`,
    });
  }
  if ((figure.unit === "count" || figure.unit === "people") && !Number.isSafeInteger(figure.value)) {
    // Above 2^53 a number is no longer exact in JSON or JavaScript: 2^53 + 1 reads back as 2^53.
    const things = figure.unit === "people" ? "people" : "things";
    problems.push({
      record: figure.id,
      field: "value",
      message: Number.isInteger(figure.value)
        ? `a number of ${things} must be at most ${Number.MAX_SAFE_INTEGER}, the largest whole number held exactly (${figure.value})`
        : `a number of ${things} must be whole (${figure.value})`,
    });
  }
  return problems;
};

/** A figure over a period is a total over it or a change between its ends; a figure at a date is neither. */
const aggregation: FigureCheck = (figure) => {
  if (figure.when.end !== undefined && figure.aggregation === undefined) {
    return [
      {
        record: figure.id,
        field: "aggregation",
        message: `a figure over a period (${figure.when.start} to ${figure.when.end}) must say whether it is a total over it or a change between its ends`,
      },
    ];
  }
  if (figure.when.end === undefined && figure.aggregation !== undefined) {
    return [{ record: figure.id, field: "aggregation", message: "only a figure over a period has one" }];
  }
  return [];
};

/**
 * The value is the number its quote states, and the qualifier is the quote's word. A quote that is not the essay's,
 * or a value wrong in itself, is the defect already reported.
 */
const statedByQuote: FigureCheck = (figure, context) => {
  if (figure.origin !== "essay") return [];
  const problems: DatasetProblem[] = [];
  if (
    valueInUnit(figure, context).length === 0 &&
    inEssay(context, figure.quote) &&
    numberAsWritten(figure.quote, figure.value, figure.unit) === undefined
  ) {
    const written = writtenForms(figure.value, figure.unit).map((form) => `"${form}"`);
    problems.push({
      record: figure.id,
      field: "value",
      message: `the quote does not state ${figure.value} (written ${written.join(" or ")})`,
    });
  }
  if (figure.qualifier !== undefined)
    problems.push(...withinQuote(figure, "qualifier", QUALIFIER_WORDS[figure.qualifier]));
  return problems;
};

const countsSaid: FigureCheck = (figure) =>
  figure.unit === "count" && figure.counts === undefined
    ? [{ record: figure.id, field: "counts", message: 'a figure in unit "count" must say what it counts' }]
    : [];

/** A derived figure names two different figures, neither itself, and holds what its formula gives over them. */
const derivation: FigureCheck = (figure, context) => {
  if (figure.origin !== "derived") return [];
  const problems = figure.derivedFrom.flatMap((input, i) => [
    ...reference(context, figure.id, `derivedFrom.${i}`, input, "figure"),
    ...(input === figure.id
      ? [{ record: figure.id, field: `derivedFrom.${i}`, message: "a figure cannot derive from itself" }]
      : []),
  ]);
  if (figure.derivedFrom[0] === figure.derivedFrom[1]) {
    problems.push({ record: figure.id, field: "derivedFrom.1", message: "a formula's two inputs must differ" });
  }
  const [a, b] = figure.derivedFrom.map((id) => context.figureById.get(id));
  if (a !== undefined && b !== undefined) problems.push(...formulaProblems(figure, a, b));
  return problems;
};

/** A derived figure must hold what its formula gives over its inputs, in the unit the formula yields. */
function formulaProblems(figure: DerivedFigure, a: Figure, b: Figure): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [i, input] of [a, b].entries()) {
    if (input.origin === "derived") {
      problems.push({
        record: figure.id,
        field: `derivedFrom.${i}`,
        message: `derives from ${input.id}, itself derived: compute from the figures the essay states`,
      });
    }
  }
  // A formula over a computed figure is not checked further: the input itself is the defect.
  if (problems.length > 0) return problems;
  if (a.counts !== b.counts && figure.caveat === undefined) {
    problems.push({
      record: figure.id,
      field: "caveat",
      message: `its inputs count different things (${a.counts ?? a.unit}, ${b.counts ?? b.unit}): say so in a caveat`,
    });
  }
  if (isRounded(figure.formula, a.value, b.value) && figure.qualifier !== "about") {
    problems.push({
      record: figure.id,
      field: "qualifier",
      message: `${figure.formula} of ${a.id} and ${b.id} is rounded to its inputs' precision: it must be qualified "about"`,
    });
  }
  const expected = applyFormula(figure.formula, a.value, b.value);
  // Both sides are rounded to the inputs' significant digits; allow for binary floating point only.
  if (!(Math.abs(figure.value - expected) < 1e-9)) {
    problems.push({
      record: figure.id,
      field: "value",
      message: `${figure.formula} of ${a.id} and ${b.id} is ${expected}, not ${figure.value}`,
    });
  }
  if (figure.unit !== "percent") {
    problems.push({
      record: figure.id,
      field: "unit",
      message: `${figure.formula} yields a percent, not ${figure.unit}`,
    });
  }
  if (a.unit !== b.unit) {
    problems.push({
      record: figure.id,
      field: "derivedFrom",
      message: `inputs are in different units (${a.unit}, ${b.unit})`,
    });
  }
  return problems;
}

const FIGURE_CHECKS: readonly FigureCheck[] = [
  figureReferences,
  valueInUnit,
  aggregation,
  statedByQuote,
  countsSaid,
  derivation,
];

/** Every figure check, figure by figure. */
export const figures: Check = (context) =>
  context.data.figures.flatMap((figure) => FIGURE_CHECKS.flatMap((check) => check(figure, context)));
