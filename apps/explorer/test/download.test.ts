import { csvField, type Figure, figure, recordsOfKind, toCsv } from "@alignment/data";
import { version } from "@alignment/data/package.json";
import { describe, expect, it } from "vitest";
import { fileName, toJson } from "../src/download.ts";
import { NO_FILTERS } from "../src/records.ts";

describe("CSV", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "Power of Siberia"')).toBe('"the ""Power of Siberia"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("neutralises a text cell a spreadsheet would run as a formula: a leading quote, and the cell quoted (OWASP)", () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField("+1+1")).toBe('"\'+1+1"');
    expect(csvField("-2+3")).toBe('"\'-2+3"');
    expect(csvField("@SUM(A1:A9)")).toBe('"\'@SUM(A1:A9)"');
    expect(csvField("\t=1")).toBe('"\'\t=1"');
    expect(csvField("\r=1")).toBe('"\'\r=1"');
    // Only the first character counts: a formula sign inside a text is harmless.
    expect(csvField("a = b - c")).toBe("a = b - c");
  });

  it("keeps a cell that is a plain number, negative ones included, as that number", () => {
    for (const number of ["-0.5", "-12", "-1.5e-7", "0", "107100000000"]) expect(csvField(number)).toBe(number);
  });

  it("writes a record's formula-like text neutralised, and its negative value as a number", () => {
    const base = figure("trade.bilateral.2018") as Figure;
    const hostile = { ...base, label: "=1+1", value: -0.5 } as Figure;
    const [header, row] = toCsv([hostile]).split("\r\n");
    const columns = (header ?? "").split(",");
    const cells = (row ?? "").split(",");
    expect(cells[columns.indexOf("title")]).toBe('"\'=1+1"');
    expect(cells[columns.indexOf("value")]).toBe("-0.5");
    // The JSON download holds the record exactly as given.
    expect(JSON.parse(toJson([hostile], NO_FILTERS, version)).records[0].label).toBe("=1+1");
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
