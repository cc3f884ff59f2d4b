import { allRecords, formatValue, recordsOfKind } from "@alignment/data";
import { version } from "@alignment/data/package.json";
import { describe, expect, it } from "vitest";
import { csvField, fileName, toCsv, toJson } from "../src/download.ts";
import { NO_FILTERS, quoteOf } from "../src/records.ts";

/** A strict RFC 4180 reader, written apart from the writer so that the two check each other. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    if (text[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (i < text.length) throw new Error(`expected a comma or CRLF at ${i}`);
  }
  if (field !== "" || row.length > 0) throw new Error("last line lacks its CRLF");
  return rows;
}

describe("CSV", () => {
  it("quotes only what needs quoting, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "Power of Siberia"')).toBe('"the ""Power of Siberia"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("round-trips every record's quote through a strict reader, one row per record", () => {
    const records = allRecords();
    const [header, ...rows] = parseCsv(toCsv(records));
    expect(header?.[0]).toBe("id");
    expect(rows).toHaveLength(records.length);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    for (const [i, r] of records.entries()) {
      expect(rows[i]).toHaveLength(header?.length ?? 0);
      expect(rows[i]?.[column("id")]).toBe(r.id);
      expect(rows[i]?.[column("quote")]).toBe(quoteOf(r) ?? "");
    }
  });

  it("gives figures their raw and formatted values", () => {
    const figures = recordsOfKind("figure");
    const [header, ...rows] = parseCsv(toCsv(figures));
    for (const [i, f] of figures.entries()) {
      expect(Number(rows[i]?.[header?.indexOf("value") ?? -1])).toBe(f.value);
      expect(rows[i]?.[header?.indexOf("formatted_value") ?? -1]).toBe(formatValue(f));
    }
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
