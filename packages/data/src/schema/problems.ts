// How parseDataset reports what is wrong: one problem per record and field, all of them in one error, with zod's
// issues turned into the same form as the cross-record checks' problems.
import type { z } from "zod";

/** One problem found in a dataset: which record, which field, what is wrong. */
export interface DatasetProblem {
  /** The record's id, or `collection[index]` when the record has no readable id. */
  record: string;
  /** Dotted path of the field inside the record (`when.end`, `subjects.0`). */
  field: string;
  message: string;
}

export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(problems: readonly DatasetProblem[]) {
    const lines = problems.map((p) => `  - ${p.record} › ${p.field || "(record)"}: ${p.message}`);
    super(`Invalid dataset: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${lines.join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
  }
}

function recordLabel(input: unknown, collection: string, index: number): string {
  const list = (input as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? list[index] : undefined;
  const id = (item as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id.length > 0 ? id : `${collection}[${index}]`;
}

/** The problem at `path` of `input`: the record named by its id where it has one, and the field inside it. */
function problemAt(input: unknown, path: readonly PropertyKey[], message: string): DatasetProblem {
  const [collection, index, ...field] = path;
  if (typeof collection === "string" && typeof index === "number") {
    return { record: recordLabel(input, collection, index), field: field.map(String).join("."), message };
  }
  return {
    record: typeof collection === "string" ? collection : "dataset",
    field: path.slice(1).map(String).join("."),
    message,
  };
}

/** zod's issues with `input` as problems. */
export function issueProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): DatasetProblem[] {
  return issues.flatMap((issue): DatasetProblem[] => {
    // An unknown field is reported once per key, as a field of its own: a typo'd `qualifer` must read as such.
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    return keys.map((key) =>
      problemAt(
        input,
        key === undefined ? issue.path : [...issue.path, key],
        key === undefined ? issue.message : `unknown field "${key}"`,
      ),
    );
  });
}
