// The essay cannot report what came after it: no date of a figure, event, claim or cited work is later than the
// essay's publication.
import type { When } from "../when.ts";
import type { Check } from "./context.ts";

export const datesWithinEssay: Check = ({ data }) => {
  // Dates compare as text: "2026" and "2026-03-15" both fall within a publication month of "2026-03", "2026-04" and
  // "2027" do not.
  const written = data.meta.published.end ?? data.meta.published.start;
  const later = (date: string | undefined): date is string =>
    date !== undefined && date > written && !date.startsWith(written);
  const dated: { id: string; field: string; when: When | undefined }[] = [
    ...data.figures.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.events.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.claims.map((r) => ({ id: r.id, field: "when", when: r.when })),
    ...data.sources.map((r) => ({ id: r.id, field: "published", when: r.published })),
  ];
  return dated.flatMap(({ id, field, when }) =>
    (["start", "end"] as const).flatMap((key) => {
      const date = when?.[key];
      return later(date)
        ? [{ record: id, field: `${field}.${key}`, message: `${date} is after the essay (${written})` }]
        : [];
    }),
  );
};
