import { describe, expect, it } from "vitest";
import {
  allRecords,
  byDimension,
  byEntity,
  bySection,
  claim,
  comparison,
  createQuery,
  dataset,
  dateSortKey,
  dimensions,
  entitiesOf,
  entity,
  event,
  figure,
  inputsOf,
  quotation,
  record,
  recordKinds,
  recordsOfKind,
  section,
  source,
  timeline,
} from "../src/index.ts";
import type { DatasetShape } from "../src/schema.ts";

describe("lookups by id", () => {
  it("return the record of each kind", () => {
    expect(figure("trade.bilateral.2016")).toMatchObject({ kind: "figure", value: 69.6e9, unit: "usd" });
    expect(entity("china")).toMatchObject({ kind: "entity", type: "country", name: "China" });
    expect(source("source.sipri")).toMatchObject({ kind: "source", label: "SIPRI" });
    expect(section("section.unequals")).toMatchObject({ kind: "section", order: 3 });
    expect(event("event.tsentr-2019").when).toEqual({ start: "2019", precision: "year" });
    expect(quotation("quote.xi-best-friend").speaker).toBe("xi");
    expect(claim("claim.weaker-partner").section).toBe("section.unequals");
    expect(comparison("compare.nuclear-arsenal").advantage).toBe("russia");
    expect(record("meetings.xi-putin")).toBe(figure("meetings.xi-putin"));
  });

  it("throw for an id the dataset does not hold, or one of another kind", () => {
    // @ts-expect-error an id the dataset does not hold is a compile error (checked by `pnpm typecheck`)
    expect(() => figure("trade.bilateral.2030")).toThrow('no record with id "trade.bilateral.2030"');
    expect(() => record("trade.bilateral.2030" as never)).toThrow('no record with id "trade.bilateral.2030"');
    expect(() => figure("russia" as never)).toThrow('"russia" is an entity, not a figure');
    expect(() => entity("border.length" as never)).toThrow('"border.length" is a figure, not an entity');
  });

  it("recordsOfKind and allRecords cover the dataset exactly once", () => {
    const total = recordKinds.reduce((sum, kind) => sum + recordsOfKind(kind).length, 0);
    expect(allRecords()).toHaveLength(total);
    expect(new Set(allRecords().map((r) => r.id)).size).toBe(total);
    expect(recordsOfKind("figure")).toEqual(dataset.figures);
    for (const kind of recordKinds) expect(recordsOfKind(kind).every((r) => r.kind === kind)).toBe(true);
  });
});

describe("views across the dataset", () => {
  it("byDimension returns exactly the records of that dimension", () => {
    const economic = byDimension("economic");
    expect(economic.map((r) => r.id)).toContain("trade.bilateral.2018");
    expect(economic.map((r) => r.id)).not.toContain("border.length");
    expect(economic.every((r) => r.dimension === "economic")).toBe(true);
    const withDimension = allRecords().filter((r) => "dimension" in r).length;
    expect(dimensions.reduce((sum, d) => sum + byDimension(d).length, 0)).toBe(withDimension);
  });

  it("byEntity finds every record that refers to an entity", () => {
    const tsentr = byEntity("tsentr-2019").map((r) => r.id);
    expect(tsentr).toEqual(
      expect.arrayContaining([
        "tsentr-2019.personnel",
        "tsentr-2019.chinese-soldiers",
        "tsentr-2019.chinese-share",
        "event.tsentr-2019",
        "claim.tsentr-scenario",
      ]),
    );
    expect(byEntity("kazakhstan").map((r) => r.id)).toEqual(["event.tsentr-2019"]);
    expect(byEntity("xi").map((r) => r.id)).toContain("quote.xi-best-friend");
    expect(byEntity("russia").every((r) => entitiesOf(r).includes("russia"))).toBe(true);
  });

  it("bySection returns the records that stand in a section", () => {
    const notes = bySection("section.notes").map((r) => r.id);
    expect(notes).toEqual(
      expect.arrayContaining(["source.joint-declaration-1997", "source.saalman-2017", "event.joint-declaration-1997"]),
    );
    expect(bySection("section.opening").every((r) => r.kind !== "section" && r.section === "section.opening")).toBe(
      true,
    );
  });

  it("timeline runs from the 1950s to 2022 in order as the essay dates it, ties kept in essay order", () => {
    const events = timeline();
    const undated = dataset.events.filter((e) => e.when === undefined).map((e) => e.id);
    expect(new Set(undated)).toEqual(
      new Set([
        "event.xi-rise-to-power",
        "event.putin-return-to-kremlin",
        "event.khrushchev-cuba",
        "event.full-invasion-and-sanctions",
      ]),
    );
    expect(events).toHaveLength(dataset.events.length - undated.length);
    expect(events[0]?.id).toBe("event.sino-soviet-united");
    expect(events.at(-1)?.when.start).toBe("2022");
    for (const [i, e] of events.entries()) {
      if (i > 0) expect(dateSortKey(e.when) >= dateSortKey((events[i - 1] ?? e).when)).toBe(true);
    }
    // "Since the mid-2000s" sorts in the middle of the decade: after a 2000 date would, before 2011.
    const ids = events.map((e) => e.id);
    expect(ids.indexOf("event.joint-trainings-begin")).toBeLessThan(ids.indexOf("event.espo-built"));
    expect(dateSortKey({ start: "2000", precision: "decade", part: "mid" })).toBe("2005");
    const in2016 = events.filter((e) => e.when.start === "2016").map((e) => e.id);
    expect(in2016).toEqual(["event.largest-crude-supplier", "event.saudi-arabia-displaced"]);
    // Sorting a copy: the frozen dataset keeps essay order.
    expect(dataset.events.map((e) => e.id)).not.toEqual(events.map((e) => e.id));
  });
});

describe("derived figures", () => {
  it("trade growth 2016→2018 is the percent change of the two quoted trade figures", () => {
    const growth = figure("trade.bilateral.growth.2016-2018");
    const [from, to] = inputsOf(growth);
    expect([from?.id, to?.id]).toEqual(["trade.bilateral.2016", "trade.bilateral.2018"]);
    expect(growth).toMatchObject({ origin: "derived", formula: "percent_change", unit: "percent", qualifier: "about" });
    // To the three significant digits of $69.6 billion, the less precise input: 53.9, not 53.88.
    expect(growth.value).toBe(53.9);
    expect(growth.value).toBeCloseTo((((to?.value ?? 0) - (from?.value ?? 0)) / (from?.value ?? 1)) * 100, 1);
  });

  it("China's share of Tsentr 2019 personnel is 1,600 of 128,000", () => {
    const share = figure("tsentr-2019.chinese-share");
    const [part, whole] = inputsOf(share);
    expect([part?.id, whole?.id]).toEqual(["tsentr-2019.chinese-soldiers", "tsentr-2019.personnel"]);
    expect(Math.abs(share.value - (1600 / 128000) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
    // 1,600 has two significant digits: 1.3, not 1.25, and "about" it.
    expect(share.value).toBe(1.3);
    expect(share.qualifier).toBe("about");
    // Soldiers and personnel are different counts, and the record says so.
    expect(share.origin === "derived" && share.caveat).toMatch(/soldiers.*personnel/);
  });

  it("a quoted figure has no inputs", () => {
    expect(inputsOf(figure("border.length"))).toEqual([]);
  });
});

describe("the dataset is deeply frozen", () => {
  const objects: object[] = [];
  const collect = (value: unknown) => {
    if (value !== null && typeof value === "object") {
      objects.push(value);
      for (const child of Object.values(value)) collect(child);
    }
  };
  collect(dataset);

  it("every object and array in it is frozen", () => {
    expect(objects.length).toBeGreaterThan(250);
    expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  it("refuses changes", () => {
    const trade = figure("trade.bilateral.2018") as { value: number };
    expect(() => {
      trade.value = 1;
    }).toThrow(TypeError);
    expect(() => (dataset.figures as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (event("event.tsentr-2019").entities as string[])[0] = "usa";
    }).toThrow(TypeError);
    expect(figure("trade.bilateral.2018").value).toBe(107.1e9);
  });
});

describe("createQuery over another dataset of the package's shape", () => {
  // An edited, unfrozen copy, as an application would hold after parsing its own dataset.json.
  const copy = structuredClone(dataset) as unknown as DatasetShape;
  const trade2018 = copy.figures.find((f) => f.id === "trade.bilateral.2018");
  if (trade2018 !== undefined) trade2018.value = 110e9;
  const tsentr = copy.events.find((e) => e.id === "event.tsentr-2019");
  if (tsentr !== undefined) tsentr.when = { start: "1940", precision: "year" };
  const growth = copy.figures.find((f) => f.id === "trade.bilateral.growth.2016-2018");
  if (growth?.origin === "derived") growth.derivedFrom.reverse();
  copy.entities.push({ ...structuredClone(entity("kazakhstan")), id: "mongolia", name: "Mongolia" });
  const query = createQuery(copy);

  it("returns the copy's records, not the package's", () => {
    expect(query.lookup("figure", "trade.bilateral.2018").value).toBe(110e9);
    expect(figure("trade.bilateral.2018").value).toBe(107.1e9);
    expect(query.record("mongolia")).toMatchObject({ kind: "entity", name: "Mongolia" });
    expect(() => record("mongolia" as never)).toThrow('no record with id "mongolia"');
    expect(query.allRecords()).toHaveLength(allRecords().length + 1);
    expect(query.recordsOfKind("entity").map((e) => e.id)).toContain("mongolia");
    expect(query.byEntity("kazakhstan").map((r) => r.id)).toEqual(["event.tsentr-2019"]);
    expect(query.byDimension("economic").map((r) => r.id)).toEqual(byDimension("economic").map((r) => r.id));
  });

  it("orders the copy's timeline by its own dates", () => {
    const events = query.timeline();
    expect(events[0]).toMatchObject({ id: "event.tsentr-2019", when: { start: "1940" } });
    expect(events.slice(1).map((e) => e.id)).toEqual(
      timeline()
        .filter((e) => e.id !== "event.tsentr-2019")
        .map((e) => e.id),
    );
  });

  it("gives a derived figure's inputs from the copy, in the copy's order", () => {
    const inputs = query.inputsOf(query.lookup("figure", "trade.bilateral.growth.2016-2018"));
    expect(inputs.map((f) => [f.id, f.value])).toEqual([
      ["trade.bilateral.2018", 110e9],
      ["trade.bilateral.2016", 69.6e9],
    ]);
  });

  it("throws for an id the copy does not hold, or one of another kind", () => {
    expect(() => query.record("trade.bilateral.2030")).toThrow(
      '@alignment/data: no record with id "trade.bilateral.2030"',
    );
    expect(() => query.lookup("figure", "mongolia")).toThrow('"mongolia" is an entity, not a figure');
    expect(() => query.inputsOf({ ...trade2018, origin: "derived", derivedFrom: ["gone"] } as never)).toThrow(
      'no record with id "gone"',
    );
  });
});
