import { recordsOfKind } from "@alignment/data";
import { version } from "@alignment/data/package.json";
import { describe, expect, it } from "vitest";
import { csvField, fileName, toCsv, toJson } from "../src/download.ts";
import { NO_FILTERS } from "../src/records.ts";

describe("CSV", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "Power of Siberia"')).toBe('"the ""Power of Siberia"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("starts with a header row and ends every row with CRLF", () => {
    const text = toCsv(recordsOfKind("figure"));
    expect(text.startsWith("id,kind,title,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });
});

describe("JSON and file names", () => {
  it("holds the records as the package does, with the version and the filters", () => {
    const figures = recordsOfKind("figure");
    const filters = { ...NO_FILTERS, kind: "figure" as const };
    const doc = JSON.parse(toJson(figures, filters, version));
    expect(doc.version).toBe(version);
    expect(doc.filters).toEqual({ kind: "figure" });
    expect(doc.records).toEqual(JSON.parse(JSON.stringify(figures)));
    expect(doc.count).toBe(figures.length);
  });

  it("names the data version, and says when the file is a selection", () => {
    expect(fileName(version, NO_FILTERS, "csv")).toBe(`alignment-data-${version}.csv`);
    expect(fileName(version, { ...NO_FILTERS, query: "oil" }, "json")).toBe(`alignment-data-${version}-filtered.json`);
  });
});
