// How a change to a field's value is versioned (data semver, after the Frictionless Data recipe), stated on the field
// itself with zod's `.meta()` and carried into the JSON Schema, where the release tool (packages/release) reads it. A
// field with neither class is "another field": a change there is a correction.
//
// The class rides in `$comment`, the one keyword for notes to a schema's maintainers that every validator accepts:
// a keyword of our own (`x-change`) made Ajv's default strict mode refuse the whole schema.

/** The `$comment` of a field whose change class is `change`. */
const changeComment = (change: "meaning" | "text") => `data semver: ${change}` as const;

/**
 * A field whose change alters what a record says rather than how accurately it says it (a major release): a
 * consumer who read "4,200 km" must not silently get "4,200 miles", nor a count of meetings become a count of visits.
 */
export const meaning = { $comment: changeComment("meaning") };

/** A prose field: a change there is a corrected text (a patch release). */
export const prose = { $comment: changeComment("text") };
