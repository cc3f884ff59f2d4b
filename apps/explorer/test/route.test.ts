import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../src/records.ts";
import { filtersHash, parseRoute, recordHash } from "../src/route.ts";

describe("routes", () => {
  it("round-trips filters through the hash", () => {
    const filters = {
      query: "Power of Siberia",
      kind: "event",
      dimension: "economic",
      entity: "china",
      year: 2019,
    } as const;
    expect(parseRoute(filtersHash("timeline", filters))).toEqual({ view: "timeline", filters });
    expect(parseRoute(filtersHash("list", NO_FILTERS))).toEqual({ view: "list", filters: NO_FILTERS });
    expect(filtersHash("list", NO_FILTERS)).toBe("#/");
  });

  it("reads the deck's links to a record", () => {
    expect(parseRoute(recordHash("trade.bilateral.2018"))).toEqual({ view: "record", id: "trade.bilateral.2018" });
    expect(parseRoute("#/fact/trade.bilateral.2018")).toEqual({ view: "record", id: "trade.bilateral.2018" });
  });

  it("drops filter values the data does not know, and reports unknown paths", () => {
    expect(parseRoute("#/?kind=planet&entity=atlantis&dimension=x&year=soon")).toEqual({
      view: "list",
      filters: NO_FILTERS,
    });
    expect(parseRoute("#/elsewhere")).toEqual({ view: "missing", path: "/elsewhere" });
  });

  it("reports a record address that is not valid percent-encoding as missing, rather than throwing", () => {
    for (const path of ["/fact/%E0%A4%A", "/fact/%", "/fact/%zz", "/fact/%ED%A0%80"]) {
      expect(parseRoute(`#${path}`)).toEqual({ view: "missing", path });
    }
  });
});
