// The data-semver rules on the real dataset: each kind of change a maintainer can make, the line data:diff
// prints for it, and the bump it requires.
import { dataset, formatValue } from "@alignment/data";
import { datasetJsonSchema } from "@alignment/data/schema";
import { type Change, diffDatasets, diffSchemas, formatChanges, requiredBump } from "@alignment/release/semver";
import { describe, expect, it } from "vitest";

/** A record or dataset as plain, editable JSON: what the diff receives from dataset.json files. */
type PlainRecord = Record<string, unknown> & { id: string; kind: string };
type Plain = { meta: Record<string, unknown> } & Record<
  "sections" | "sources" | "entities" | "figures" | "events" | "quotations" | "claims" | "comparisons",
  PlainRecord[]
>;
interface SchemaNode {
  type?: string;
  const?: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  /** A discriminated union's variants: `if` its discriminator is one constant, `then` that variant's shape. */
  allOf?: { if?: SchemaNode; then?: SchemaNode }[];
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the dataset or its schema has no ${what}`);
  return value;
}

const released = (): Plain => structuredClone(dataset) as unknown as Plain;
const [firstFigure, secondFigure] = dataset.figures;
const [firstEvent] = dataset.events;
const [firstEntity] = dataset.entities;
if (firstFigure === undefined || secondFigure === undefined || firstEvent === undefined || firstEntity === undefined) {
  throw new Error("the dataset needs two figures, an event and an entity for these tests");
}

/** The changes from the released dataset to a corrected copy of it. */
function changesAfter(edit: (data: Plain) => void): Change[] {
  const after = released();
  edit(after);
  return diffDatasets(released(), after, { schema: datasetJsonSchema(), formatValue });
}

const figureIn = (data: Plain, id: string) =>
  defined(
    data.figures.find((f) => f.id === id),
    `figure ${id}`,
  );

describe("diffDatasets", () => {
  it("finds no change in an unchanged dataset, which needs no release", () => {
    const changes = changesAfter(() => {});
    expect(changes).toEqual([]);
    expect(requiredBump(changes)).toBe("none");
    expect(formatChanges(changes)).toBe("No data change: no release needed.");
  });

  it("reports a corrected value old -> new as readers see it: patch", () => {
    const corrected = { ...firstFigure, value: firstFigure.value * 2 };
    const changes = changesAfter((data) => {
      figureIn(data, firstFigure.id).value = corrected.value;
    });
    expect(changes).toEqual([
      {
        type: "value",
        bump: "patch",
        subject: firstFigure.id,
        description: `value ${formatValue(firstFigure)} -> ${formatValue(corrected)}`,
      },
    ]);
  });

  it("shows the raw numbers when display rounding would hide a corrected value", () => {
    const changes = changesAfter((data) => {
      figureIn(data, firstFigure.id).value = firstFigure.value + 1e-9;
    });
    expect(changes[0]?.description).toContain(`(both shown as ${formatValue(firstFigure)})`);
    expect(changes[0]?.bump).toBe("patch");
  });

  it("reports a corrected text with its old and new wording: patch", () => {
    const changes = changesAfter((data) => {
      figureIn(data, firstFigure.id).label = `${firstFigure.label}, corrected`;
    });
    expect(changes).toEqual([
      {
        type: "text",
        bump: "patch",
        subject: firstFigure.id,
        description: `label corrected ${JSON.stringify(firstFigure.label)} -> ${JSON.stringify(`${firstFigure.label}, corrected`)}`,
      },
    ]);
  });

  it("reports another corrected field, such as a date: patch", () => {
    const changes = changesAfter((data) => {
      const event = data.events[0];
      if (event) event.when = { start: "1901", precision: "year" };
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: "field", bump: "patch", subject: firstEvent.id });
    expect(changes[0]?.description).toMatch(/^when corrected .* -> \{"precision":"year","start":"1901"\}$/);
  });

  it("reports an added record: minor", () => {
    const changes = changesAfter((data) => {
      data.figures.push({ ...figureIn(data, firstFigure.id), id: "added.figure" });
    });
    expect(changes).toEqual([{ type: "added", bump: "minor", subject: "added.figure", description: "added figure" }]);
  });

  it("reports a removed record: major", () => {
    const changes = changesAfter((data) => {
      data.events.splice(0, 1);
    });
    expect(changes).toEqual([{ type: "removed", bump: "major", subject: firstEvent.id, description: "removed event" }]);
  });

  it("reports the same content under a new id as a rename, not an addition: major", () => {
    const changes = changesAfter((data) => {
      const event = data.events[0];
      if (event) event.id = `${firstEvent.id}-renamed`;
    });
    expect(changes).toEqual([
      { type: "renamed", bump: "major", subject: firstEvent.id, description: `renamed to ${firstEvent.id}-renamed` },
    ]);
  });

  it("reports a changed unit as a change of meaning: major", () => {
    const unit = firstFigure.unit === "people" ? "km" : "people";
    const changes = changesAfter((data) => {
      figureIn(data, firstFigure.id).unit = unit;
    });
    expect(changes).toEqual([
      {
        type: "meaning",
        bump: "major",
        subject: firstFigure.id,
        description: `unit changed "${firstFigure.unit}" -> "${unit}"`,
      },
    ]);
  });

  it("reports a changed entity type as a change of meaning: major", () => {
    const type = firstEntity.type === "person" ? "country" : "person";
    const changes = changesAfter((data) => {
      const entity = data.entities[0];
      if (entity) entity.type = type;
    });
    expect(changes).toMatchObject([{ type: "meaning", bump: "major", subject: firstEntity.id }]);
  });

  it("takes which fields carry meaning from the schema, field by field", () => {
    // A schema that says a figure's dimension carries meaning: moving a figure to another dimension is then major.
    const schema = datasetJsonSchema() as SchemaNode;
    for (const { then: variant } of defined(schema.properties?.figures?.items?.allOf, "figure variants")) {
      if (variant)
        Object.assign(defined(variant.properties?.dimension, "dimension"), { $comment: "data semver: meaning" });
    }
    const dimension = firstFigure.dimension === "economic" ? "political" : "economic";
    const after = released();
    figureIn(after, firstFigure.id).dimension = dimension;
    expect(diffDatasets(released(), after, { schema, formatValue })).toEqual([
      {
        type: "meaning",
        bump: "major",
        subject: firstFigure.id,
        description: `dimension changed "${firstFigure.dimension}" -> "${dimension}"`,
      },
    ]);
    expect(changesAfter((data) => Object.assign(figureIn(data, firstFigure.id), { dimension }))).toMatchObject([
      { type: "field", bump: "patch" },
    ]);
  });

  it("reports an id that now names a record of another kind: major", () => {
    const changes = changesAfter((data) => {
      const [event] = data.events.splice(0, 1);
      if (event === undefined) return;
      const { when: _when, qualifier: _qualifier, ...claim } = event;
      data.claims.push({ ...claim, kind: "claim" });
    });
    expect(changes).toEqual([
      { type: "kind", bump: "major", subject: firstEvent.id, description: "kind changed event -> claim" },
    ]);
  });

  it("reports corrected metadata of the essay: patch", () => {
    const changes = changesAfter((data) => {
      data.meta.subtitle = `${dataset.meta.subtitle}!`;
    });
    expect(changes).toMatchObject([{ type: "meta", bump: "patch", subject: "meta.subtitle" }]);
  });

  it("requires the largest bump of all changes, and reports them major first", () => {
    const changes = changesAfter((data) => {
      figureIn(data, secondFigure.id).value = secondFigure.value + 1;
      data.events.splice(0, 1);
      data.figures.push({ ...figureIn(data, firstFigure.id), id: "added.figure" });
    });
    expect(changes.map((c) => c.bump)).toEqual(["major", "minor", "patch"]);
    expect(requiredBump(changes)).toBe("major");
    const report = formatChanges(changes);
    expect(report).toMatch(new RegExp(`major +${firstEvent.id.replaceAll(".", "\\.")} +removed event`));
    expect(report).toMatch(/minor +added\.figure +added figure/);
    expect(report).toMatch(new RegExp(`patch +${secondFigure.id.replaceAll(".", "\\.")} +value `));
    expect(report.endsWith("3 changes; required bump: major")).toBe(true);
  });
});

describe("diffSchemas", () => {
  const schema = () => datasetJsonSchema() as SchemaNode;
  const events = (s: SchemaNode) => defined(s.properties?.events?.items, "events");
  const eventFields = (s: SchemaNode) => defined(events(s).properties, "event fields");
  const essayFigure = (s: SchemaNode) => defined(s.properties?.figures?.items?.allOf?.[0]?.then, "figure variant");
  const units = (s: SchemaNode) => defined(essayFigure(s).properties?.unit?.enum, "unit list");

  function schemaChangesAfter(edit: (s: SchemaNode) => void): Change[] {
    const after = schema();
    edit(after);
    return diffSchemas(schema(), after);
  }

  it("finds no change in the same schema", () => {
    expect(diffSchemas(schema(), schema())).toEqual([]);
  });

  it("reports an added optional field: minor", () => {
    const changes = schemaChangesAfter((s) => {
      eventFields(s).note = { type: "string" };
    });
    expect(changes).toEqual([
      { type: "schema", bump: "minor", subject: "events[].note", description: "optional field added" },
    ]);
  });

  it("reports a removed field: major", () => {
    const changes = schemaChangesAfter((s) => {
      delete eventFields(s).label;
      events(s).required = defined(events(s).required, "required list").filter((k) => k !== "label");
    });
    expect(changes).toEqual([
      { type: "schema", bump: "major", subject: "events[].label", description: "field removed" },
    ]);
  });

  it("reports a field that may now be absent: major", () => {
    const changes = schemaChangesAfter((s) => {
      events(s).required = defined(events(s).required, "required list").filter((k) => k !== "label");
    });
    expect(changes).toMatchObject([
      { bump: "major", subject: "events[].label", description: "field may now be absent" },
    ]);
  });

  it("reports a changed type: major", () => {
    const changes = schemaChangesAfter((s) => {
      eventFields(s).label = { type: "number" };
    });
    expect(changes).toMatchObject([{ bump: "major", subject: "events[].label" }]);
    expect(changes[0]?.description).toBe('type changed "string" -> "number"');
  });

  it("reports allowed values added (minor) and removed (major), by figure variant", () => {
    const changes = schemaChangesAfter((s) => {
      const unit = defined(essayFigure(s).properties?.unit, "unit");
      unit.enum = [...units(s).slice(1), "miles"];
    });
    const [removed] = units(schema());
    const variant = essayFigure(schema()).properties?.origin?.const;
    expect(changes).toEqual([
      {
        type: "schema",
        bump: "major",
        subject: `figures[origin=${variant}].unit`,
        description: `values no longer allowed: ${removed}`,
      },
      { type: "schema", bump: "minor", subject: `figures[origin=${variant}].unit`, description: "values added: miles" },
    ]);
  });

  it("compares a union's variants as the same whether written as oneOf or as if/then", () => {
    const asOneOf = schema();
    const figures = defined(asOneOf.properties?.figures, "figures");
    const variants = defined(figures.items?.allOf, "figure variants").flatMap(({ then }) => (then ? [then] : []));
    figures.items = { oneOf: variants };
    expect(diffSchemas(asOneOf, schema())).toEqual([
      { type: "schema", bump: "patch", subject: "figures[]", description: 'type changed (none) -> "object"' },
    ]);
  });

  it("reports a new kind of record (a new collection): minor", () => {
    const changes = schemaChangesAfter((s) => {
      defined(s.properties, "collections").maps = { type: "array", items: { type: "object" } };
      s.required?.push("maps");
    });
    expect(changes).toEqual([{ type: "schema", bump: "minor", subject: "maps", description: "field added" }]);
  });
});
