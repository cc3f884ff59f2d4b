// Checks against the essay's text (given): headings and quotes stand in it verbatim, and each quote's locator points
// at it; every record stands in a section that exists.
import { type Check, inEssay, quoteProblems, reference } from "./context.ts";

/** A section's heading is the essay's own, verbatim. */
export const headingsInEssay: Check = (context) =>
  context.data.sections.flatMap((s) =>
    s.heading !== undefined && !inEssay(context, s.heading)
      ? [{ record: s.id, field: "heading", message: "does not occur verbatim in the essay" }]
      : [],
  );

/** Every record but a section stands in a section, and its quote, where it has one, is the essay's, located. */
export const sectionsAndQuotes: Check = (context) =>
  context.records.flatMap((record) =>
    record.kind === "section"
      ? []
      : [
          ...reference(context, record.id, "section", record.section, "section"),
          ...("quote" in record && record.quote !== undefined ? quoteProblems(context, record) : []),
        ],
  );
