// Semantic versioning of data, after the Frictionless Data recipe, computed from the change rather than from
// memory: how a dataset differs from the last released one, record by record, and the bump each change needs.
//   major: a record removed or renamed; its kind, unit or meaning changed; a schema change that breaks readers
//   minor: a record, a field, a kind or an allowed value added
//   patch: a value, a text or another field of a record corrected
// Pure functions of plain JSON (dist/dataset.json and dist/dataset.schema.json); datasets.ts does the reading. Which
// fields carry meaning and which are prose the schema says, on each field; the collections are the package's own.
import { collections } from "@alignment/data";

export const BUMPS = ["none", "patch", "minor", "major"] as const;

export type Bump = (typeof BUMPS)[number];

export interface Change {
  /** What kind of change this is. */
  type: "added" | "removed" | "renamed" | "kind" | "value" | "meaning" | "text" | "field" | "meta" | "schema";
  bump: Exclude<Bump, "none">;
  /** The record id (or `meta.field`, or a schema path such as `figures[origin=essay].unit`). */
  subject: string;
  /** One line for a person: "value 4,200 km -> 4,300 km", "renamed to x", "unit changed "km" -> "people"". */
  description: string;
}

/** A record as dataset.json holds it: plain JSON with an id and a kind. */
type JsonRecord = { id: string; kind: string } & Record<string, unknown>;

/** A dataset as dataset.json holds it: its collections of records, and the essay's metadata. */
export interface DatasetLike {
  meta?: Record<string, unknown>;
  [collection: string]: unknown;
}

/**
 * The package's `formatValue`, which shows a figure as readers see it. It is handed the figure records of
 * dataset.json, which are the package's figures as JSON: `never` lets the package's own, narrower type through.
 */
export type FormatValue = (figure: never) => string;

/** A JSON Schema node, as far as the schema diff reads one. */
interface SchemaNode {
  type?: unknown;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  [keyword: string]: unknown;
}

/**
 * How a change to a field is versioned, as the data package's schema states it on the field (its `$comment`
 * "data semver: meaning" or "data semver: text"): "meaning" fields alter what a record says (major), "text" fields are prose (a correction, patch).
 */
type ChangeClass = "meaning" | "text";

/** How the data package's schema (packages/data/src/schema/change.ts) writes a field's class. */
const CHANGE_COMMENT = /^data semver: (meaning|text)$/;

/** The field classes of each collection's records, read from the dataset's JSON Schema (every variant of a record). */
type FieldClasses = ReadonlyMap<string, ReadonlyMap<string, ChangeClass>>;

function fieldClasses(schema: unknown): FieldClasses {
  const root = schema as SchemaNode | undefined;
  const byCollection = new Map<string, Map<string, ChangeClass>>();
  for (const collection of collections) {
    const classes = new Map<string, ChangeClass>();
    for (const shape of recordShapes(root?.properties?.[collection]?.items)) {
      for (const [field, node] of Object.entries(shape.properties ?? {})) {
        const change = CHANGE_COMMENT.exec(String(node?.$comment ?? ""))?.[1];
        if (change === "meaning" || change === "text") classes.set(field, change);
      }
    }
    byCollection.set(collection, classes);
  }
  return byCollection;
}

/** A record's schema and, for a record of several variants (figures), each variant's. */
function recordShapes(node: SchemaNode | undefined): SchemaNode[] {
  if (node === undefined) return [];
  return [node, ...[...variants(node).values()].flatMap(recordShapes)];
}

/**
 * The changeset bump that releases a change needing `required`, from a package at `version`. From 1.0.0 on they are
 * the same. Before 1.0.0 each moves one place right, as npm's caret ranges read 0.x (`^0.1.0` takes 0.1.x but not
 * 0.2.0): a breaking change is declared minor (0.1.0 -> 0.2.0) and an addition or correction patch (0.1.0 -> 0.1.1).
 * changesets itself takes a major changeset at 0.x to 1.0.0, which is how a maintainer leaves 0.x on purpose.
 */
export function releaseBump(required: Bump, version: string | undefined): Bump {
  if (version === undefined || !/^0\./.test(version)) return required;
  const atZero = { none: "none", patch: "patch", minor: "patch", major: "minor" } as const;
  return atZero[required];
}

/** The larger of two bumps. */
export function maxBump<A extends Bump, B extends Bump>(a: A, b: B): A | B {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/** True when a release of bump `declared` covers a change that needs `required`. */
export function covers(declared: Bump, required: Bump): boolean {
  return BUMPS.indexOf(declared) >= BUMPS.indexOf(required);
}

/** The bump a list of changes requires: the largest of theirs, "none" for no change. */
export function requiredBump(changes: readonly Change[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, change.bump), "none");
}

/** JSON with sorted keys, so that two records equal in content compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function withoutId(record: JsonRecord): string {
  const { id: _id, ...rest } = record;
  return canonical(rest);
}

/** Every record of a dataset by id, with the collection it sits in. */
function recordsById(dataset: DatasetLike): Map<string, { collection: string; record: JsonRecord }> {
  const byId = new Map<string, { collection: string; record: JsonRecord }>();
  for (const collection of collections) {
    for (const record of (dataset[collection] ?? []) as JsonRecord[]) byId.set(record.id, { collection, record });
  }
  return byId;
}

/** A value the code above has just found in the map it reads. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("data-semver: a record went missing from its own index");
  return value;
}

/** A short, readable form of a field value for a one-line report. */
function show(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "string") return JSON.stringify(value);
  return canonical(value);
}

function plainNumber(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 }).format(value);
}

/** "value $107.1 billion -> $107.2 billion"; raw numbers too when display rounding hides the change. */
function describeValue(
  before: JsonRecord & { value: number },
  after: JsonRecord & { value: number },
  formatValue: FormatValue | undefined,
): string {
  const raw = `${plainNumber(before.value)} -> ${plainNumber(after.value)}`;
  if (formatValue === undefined) return `value ${raw}`;
  const shownBefore = formatValue(before as never);
  const shownAfter = formatValue(after as never);
  return shownBefore === shownAfter
    ? `value ${raw} (both shown as ${shownBefore})`
    : `value ${shownBefore} -> ${shownAfter}`;
}

/** The changes between two versions of one record (same id, same kind), its fields classed by `classes`. */
function recordChanges(
  id: string,
  before: JsonRecord,
  after: JsonRecord,
  classes: ReadonlyMap<string, ChangeClass> | undefined,
  formatValue: FormatValue | undefined,
): Change[] {
  const changes: Change[] = [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const field of fields) {
    if (canonical(before[field]) === canonical(after[field])) continue;
    if (field === "value" && typeof before.value === "number" && typeof after.value === "number") {
      changes.push({
        type: "value",
        bump: "patch",
        subject: id,
        description: describeValue(
          before as JsonRecord & { value: number },
          after as JsonRecord & { value: number },
          formatValue,
        ),
      });
    } else if (classes?.get(field) === "meaning") {
      const change = `${show(before[field])} -> ${show(after[field])}`;
      changes.push({ type: "meaning", bump: "major", subject: id, description: `${field} changed ${change}` });
    } else if (
      classes?.get(field) === "text" &&
      typeof before[field] === "string" &&
      typeof after[field] === "string"
    ) {
      changes.push({
        type: "text",
        bump: "patch",
        subject: id,
        description: `${field} corrected ${show(before[field])} -> ${show(after[field])}`,
      });
    } else {
      changes.push({
        type: "field",
        bump: "patch",
        subject: id,
        description: `${field} corrected ${show(before[field])} -> ${show(after[field])}`,
      });
    }
  }
  return changes;
}

/**
 * The changes from `before` to `after`, record by record: added, removed, renamed (same content under a new id),
 * kind changed, value old -> new, unit or other meaning changed, text corrected, other fields corrected, and the
 * essay's metadata corrected. `schema` is the current dataset's JSON Schema, whose fields say which of them carry
 * meaning and which are prose; pass the package's `formatValue` to show values as readers see them.
 */
export function diffDatasets(
  before: DatasetLike,
  after: DatasetLike,
  { schema, formatValue }: { schema: unknown; formatValue?: FormatValue },
): Change[] {
  const classes = fieldClasses(schema);
  const old = recordsById(before);
  const now = recordsById(after);
  const changes: Change[] = [];

  const removed = [...old.keys()].filter((id) => !now.has(id));
  const added = new Set([...now.keys()].filter((id) => !old.has(id)));

  // A removed id whose exact content reappears under a new id is a rename: still major, but said plainly.
  const addedByContent = new Map();
  for (const id of added) {
    const { collection, record } = defined(now.get(id));
    addedByContent.set(`${collection}:${withoutId(record)}`, id);
  }
  for (const id of removed) {
    const { collection, record } = defined(old.get(id));
    const renamedTo = addedByContent.get(`${collection}:${withoutId(record)}`);
    if (renamedTo !== undefined && added.has(renamedTo)) {
      added.delete(renamedTo);
      changes.push({ type: "renamed", bump: "major", subject: id, description: `renamed to ${renamedTo}` });
    } else {
      changes.push({ type: "removed", bump: "major", subject: id, description: `removed ${record.kind}` });
    }
  }
  for (const id of added) {
    changes.push({
      type: "added",
      bump: "minor",
      subject: id,
      description: `added ${defined(now.get(id)).record.kind}`,
    });
  }

  for (const [id, { collection, record }] of now) {
    const previous = old.get(id);
    if (previous === undefined) continue;
    if (previous.record.kind !== record.kind || previous.collection !== collection) {
      changes.push({
        type: "kind",
        bump: "major",
        subject: id,
        description: `kind changed ${previous.record.kind} -> ${record.kind}`,
      });
      continue;
    }
    changes.push(...recordChanges(id, previous.record, record, classes.get(collection), formatValue));
  }

  for (const field of new Set([...Object.keys(before.meta ?? {}), ...Object.keys(after.meta ?? {})])) {
    const was = before.meta?.[field];
    const is = after.meta?.[field];
    if (canonical(was) !== canonical(is)) {
      changes.push({
        type: "meta",
        bump: "patch",
        subject: `meta.${field}`,
        description: `${show(was)} -> ${show(is)}`,
      });
    }
  }
  return sortChanges(changes);
}

/** Major first, then by subject, so that a report opens with what breaks consumers. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump) || a.subject.localeCompare(b.subject, "en"),
  );
}

/**
 * Names for the arms of a `oneOf` by the constants that tell them apart (`origin=derived`), else by position, so
 * that an arm added in the middle does not shift the names of the others.
 */
function variantNames(arms: readonly SchemaNode[]): string[] {
  const constants = arms.map((arm) =>
    Object.entries(arm?.properties ?? {})
      .filter(([, property]) => property?.const !== undefined)
      .map(([key, property]) => `${key}=${property.const}`),
  );
  const shared = constants.reduce((common, list) => common.filter((c) => list.includes(c)), constants[0] ?? []);
  return constants.map((list, i) => {
    const distinct = arms.length > 1 ? list.filter((c) => !shared.includes(c)) : list;
    return distinct.length > 0 ? distinct.join(",") : String(i);
  });
}

/**
 * A node's variants by name: the arms of its `oneOf` and `anyOf`, and of a discriminated union written as `if`/`then`
 * within `allOf` (named by the constants of its `if`), so that the same variants compare as the same whichever
 * way the schema writes them.
 */
function variants(node: SchemaNode | undefined): Map<string, SchemaNode> {
  const named = new Map<string, SchemaNode>();
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const arms = node?.[keyword] ?? [];
    const names = variantNames(arms);
    for (const [i, arm] of arms.entries()) named.set(names[i] ?? String(i), arm);
  }
  const conditional = (node?.allOf ?? []).filter((arm) => arm?.if !== undefined && arm.then !== undefined);
  const names = variantNames(conditional.map((arm) => arm.if ?? {}));
  for (const [i, arm] of conditional.entries()) named.set(names[i] ?? String(i), arm.then ?? {});
  return named;
}

/** `figures[]` with variant `origin=derived` reads `figures[origin=derived]`. */
function variantPath(path: string, name: string): string {
  return path.endsWith("[]") ? `${path.slice(0, -2)}[${name}]` : `${path}(${name})`;
}

function childPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

const CONSTRAINT_KEYWORDS = [
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "format",
  "additionalProperties",
];

function schemaChange(bump: Change["bump"], path: string, description: string): Change {
  return { type: "schema", bump, subject: path, description };
}

function diffSchemaNode(
  before: SchemaNode | undefined,
  after: SchemaNode | undefined,
  path: string,
  changes: Change[],
): void {
  if (canonical(before) === canonical(after)) return;
  if (canonical(before?.type) !== canonical(after?.type)) {
    const change = `type changed ${show(before?.type)} -> ${show(after?.type)}`;
    // A type stated where none was (or no longer stated) tightens or loosens, as a constraint does; another
    // type breaks readers.
    if (before?.type !== undefined && after?.type !== undefined) {
      changes.push(schemaChange("major", path, change));
      return;
    }
    changes.push(schemaChange("patch", path, change));
  }
  if (before?.const !== undefined || after?.const !== undefined) {
    if (before?.const !== after?.const) {
      changes.push(schemaChange("major", path, `constant changed ${show(before?.const)} -> ${show(after?.const)}`));
    }
  }
  if (before?.enum !== undefined || after?.enum !== undefined) {
    const was = before?.enum ?? [];
    const is = after?.enum ?? [];
    const gone = was.filter((v) => !is.includes(v));
    const fresh = is.filter((v) => !was.includes(v));
    if (gone.length > 0) changes.push(schemaChange("major", path, `values no longer allowed: ${gone.join(", ")}`));
    if (fresh.length > 0) changes.push(schemaChange("minor", path, `values added: ${fresh.join(", ")}`));
  }
  const beforeProps = before?.properties ?? {};
  const afterProps = after?.properties ?? {};
  const beforeRequired = new Set(before?.required ?? []);
  const afterRequired = new Set(after?.required ?? []);
  for (const key of Object.keys(beforeProps)) {
    if (!(key in afterProps)) changes.push(schemaChange("major", childPath(path, key), "field removed"));
  }
  for (const key of Object.keys(afterProps)) {
    const where = childPath(path, key);
    if (!(key in beforeProps)) {
      changes.push(schemaChange("minor", where, afterRequired.has(key) ? "field added" : "optional field added"));
      continue;
    }
    if (beforeRequired.has(key) && !afterRequired.has(key)) {
      changes.push(schemaChange("major", where, "field may now be absent"));
    } else if (!beforeRequired.has(key) && afterRequired.has(key)) {
      changes.push(schemaChange("minor", where, "field now always present"));
    }
    diffSchemaNode(beforeProps[key], afterProps[key], where, changes);
  }
  if (before?.items !== undefined || after?.items !== undefined) {
    diffSchemaNode(before?.items, after?.items, `${path}[]`, changes);
  }
  const was = variants(before);
  const is = variants(after);
  for (const [name, arm] of was) {
    const where = variantPath(path, name);
    if (is.has(name)) diffSchemaNode(arm, is.get(name), where, changes);
    else changes.push(schemaChange("major", where, "variant removed"));
  }
  for (const name of is.keys()) {
    if (!was.has(name)) changes.push(schemaChange("minor", variantPath(path, name), "variant added"));
  }
  for (const keyword of CONSTRAINT_KEYWORDS) {
    if (canonical(before?.[keyword]) !== canonical(after?.[keyword])) {
      const change = `${show(before?.[keyword])} -> ${show(after?.[keyword])}`;
      changes.push(schemaChange("patch", path, `${keyword} changed ${change}`));
    }
  }
}

/**
 * The changes between two JSON Schemas of the dataset, as a reader of the data feels them: a field or allowed
 * value removed, a type changed or a field made optional breaks them (major); a field, value or variant added
 * does not (minor); a tightened or loosened constraint is a correction (patch).
 */
export function diffSchemas(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  diffSchemaNode(before as SchemaNode, after as SchemaNode, "", changes);
  return sortChanges(changes);
}

/** The report `pnpm data:diff` prints: one line per change, then the bump the whole change requires. */
export function formatChanges(changes: readonly Change[]): string {
  const bump = requiredBump(changes);
  if (changes.length === 0) return "No data change: no release needed.";
  const width = Math.max(...changes.map((c) => c.subject.length));
  const lines = changes.map((c) => `  ${c.bump.padEnd(5)}  ${c.subject.padEnd(width)}  ${c.description}`);
  const count = `${changes.length} change${changes.length === 1 ? "" : "s"}`;
  return `${lines.join("\n")}\n\n${count}; required bump: ${bump}`;
}
