// The rules that span records, which no shape of a single record can state, as named checks run in this order.
import { collections } from "../kinds.ts";
import { checkContext, type ParseOptions } from "./checks/context.ts";
import { datesWithinEssay } from "./checks/dates.ts";
import { figures } from "./checks/figures.ts";
import { uniqueIds, uniqueSectionOrders } from "./checks/ids.ts";
import { headingsInEssay, sectionsAndQuotes } from "./checks/quotes.ts";
import { claims, comparisons, entityDescriptions, events, quotations } from "./checks/statements.ts";
import type { AnyRecord, DatasetShape } from "./dataset.ts";
import type { DatasetProblem } from "./problems.ts";

const CHECKS = [
  uniqueIds,
  headingsInEssay,
  sectionsAndQuotes,
  figures,
  events,
  datesWithinEssay,
  claims,
  entityDescriptions,
  quotations,
  comparisons,
  uniqueSectionOrders,
];

/** Every problem that spans records, check by check. */
export function crossRecordProblems(data: DatasetShape, options: ParseOptions): DatasetProblem[] {
  const records = collections.flatMap((collection): readonly AnyRecord[] => data[collection]);
  const context = checkContext(data, records, options);
  return CHECKS.flatMap((check) => check(context));
}
