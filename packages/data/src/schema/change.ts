// How a change to a field's value is versioned (data semver, after the Frictionless Data recipe), stated on the field
// itself with zod's `.meta()` and carried into the JSON Schema as the `x-change` keyword, where the release tool
// (packages/release) reads it. A field with neither class is "another field": a change there is a correction.

/** The JSON Schema keyword that carries a field's change class. */
export const CHANGE_KEYWORD = "x-change";

/**
 * A field whose change alters what a record says rather than how accurately it says it (a major release): a
 * consumer who read "4,200 km" must not silently get "4,200 miles", nor a count of meetings become a count of visits.
 */
export const meaning = { [CHANGE_KEYWORD]: "meaning" } as const;

/** A prose field: a change there is a corrected text (a patch release). */
export const prose = { [CHANGE_KEYWORD]: "text" } as const;
