// Types of data-semver.mjs, for its TypeScript callers (the tests); the module itself runs under plain Node.

export type Bump = "none" | "patch" | "minor" | "major";

export interface Change {
  /** What kind of change this is. */
  type: "added" | "removed" | "renamed" | "kind" | "value" | "meaning" | "text" | "field" | "meta" | "schema";
  bump: Exclude<Bump, "none">;
  /** The record id (or `meta.field`, or a schema path such as `figures[origin=essay].unit`). */
  subject: string;
  /** One line for a person: "value 4,200 km -> 4,300 km", "renamed to x", "unit changed "km" -> "people"". */
  description: string;
}

export interface DatasetLike {
  meta?: Record<string, unknown>;
  [collection: string]: unknown;
}

export const BUMPS: readonly Bump[];
export function releaseBump(required: Bump, version: string | undefined): Bump;
export function maxBump(a: Bump, b: Bump): Bump;
export function covers(declared: Bump, required: Bump): boolean;
export function requiredBump(changes: readonly Change[]): Bump;
export function diffDatasets(
  before: DatasetLike,
  after: DatasetLike,
  options?: { formatValue?: (figure: never) => string },
): Change[];
export function diffSchemas(before: unknown, after: unknown): Change[];
export function sortChanges(changes: readonly Change[]): Change[];
export function formatChanges(changes: readonly Change[]): string;
