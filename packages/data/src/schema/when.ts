// When something happened or held, as the essay gives it: a date or a period at a stated precision, with the
// relation and the rough part the essay names. Checked as real calendar dates, in order.
import { z } from "zod";
import { DatePartSchema, DateRelationSchema, PrecisionSchema } from "./enums.ts";

const DATE_FORMS: Record<z.infer<typeof PrecisionSchema>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
};

/** The shape every date shares, so that the JSON Schema too refuses "March 2026"; precision is checked below. */
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DateText = z.string().regex(DATE_SHAPE, "must be a date written 2026, 2026-03 or 2026-03-01");

function isRealDate(date: string, precision: z.infer<typeof PrecisionSchema>): boolean {
  if (!DATE_FORMS[precision].test(date)) return false;
  const [year, month = 1, day = 1] = date.split("-").map(Number) as [number, number?, number?];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * When something happened or held: a single date, or a period from `start` to `end`, both written at the same
 * precision (year `2018`, month `2026-03`, day `2026-03-01`, decade `1970` for "the 1970s"), with the relation the
 * essay gives ("by 2016", "since 2022", "at least 2012") and, for rough dates, the part of it ("the mid-2000s").
 */
export const WhenSchema = z
  .strictObject({
    start: DateText,
    end: DateText.optional(),
    precision: PrecisionSchema,
    /** How the date bounds what it dates; absent, it happened or held in (or over) the date. */
    relation: DateRelationSchema.optional(),
    /** Only roughly dated: the early, middle or late part of the decade or year. */
    part: DatePartSchema.optional(),
  })
  .superRefine((when, ctx) => {
    for (const key of ["start", "end"] as const) {
      const date = when[key];
      // A date of the wrong shape is already reported by DateText; report each defect once.
      if (date !== undefined && DATE_SHAPE.test(date) && !isRealDate(date, when.precision)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${date}" is not a valid date at precision "${when.precision}" (expected ${DATE_FORMS[when.precision].source})`,
        });
      }
    }
    if (when.end !== undefined && when.relation !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["relation"],
        message: `a period (${when.start} to ${when.end}) takes no relation; "${when.relation}" bounds a single date`,
      });
    }
    if (when.end !== undefined && when.end < when.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `period ends (${when.end}) before it starts (${when.start})`,
      });
    }
  });

export type When = z.infer<typeof WhenSchema>;
