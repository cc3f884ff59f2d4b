// The second content layer: constructors for the sources the essay cites and the entities it names, which refer to
// its sections only (essay.ts, the first layer). The layers run one way: essay.ts, then this file with entities.ts
// and sources.ts, then define.ts and the record files, which refer to all three.
// They stamp `kind` and the quote's locator in the essay (locators.ts, written by `pnpm --filter @alignment/data
// locate`).
import type { Entity, Source } from "../schema.ts";
import type { SectionId } from "./essay.ts";
import { locators } from "./locators.ts";

/** A content record as written: no `kind` or `locator` (stamped here), its literal id, `section` narrowed. */
export type Written<R, Id extends string, Omitted extends keyof R = never> = {
  [K in keyof Omit<R, "kind" | "id" | "locator" | Omitted>]: K extends "section" ? SectionId : R[K];
} & { id: Id };

/**
 * A record without a locator yet gets paragraph 0, which the schema refuses with the command that writes it: the
 * dataset still loads, so that the test which writes the locators can run.
 */
const UNLOCATED = { paragraph: 0, start: 0, end: 0 } as const;

export function located<R extends { id: string }>(
  record: R,
): R & { locator: { paragraph: number; start: number; end: number } } {
  return { ...record, locator: locators[record.id] ?? UNLOCATED };
}

export function sources<Id extends string>(list: Written<Source, Id>[]): (Source & { id: Id })[] {
  return list.map((r) => located({ kind: "source", ...r }));
}
export function entities<Id extends string>(list: Written<Entity, Id>[]): (Entity & { id: Id })[] {
  return list.map((r) => located({ kind: "entity", ...r }));
}
