// The tests' CSV reader must be stricter than the writer it checks: what RFC 4180 allows it reads back exactly, and
// what it does not allow it refuses, saying where.
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/csv.ts";

describe("parseCsv", () => {
  it("reads plain and quoted fields, doubled quotes, and line breaks and commas inside quotes", () => {
    expect(parseCsv('id,title\r\na,"x, ""y""\r\nz"\r\n,\r\n')).toEqual([
      ["id", "title"],
      ["a", 'x, "y"\r\nz'],
      ["", ""],
    ]);
  });

  it("refuses a bare quote, an unterminated quote, text after a closing quote, a bare LF and a last line without CRLF", () => {
    expect(() => parseCsv('a"b\r\n')).toThrow("bare quote at 1");
    expect(() => parseCsv('"ab\r\n')).toThrow("unterminated quoted field");
    expect(() => parseCsv('"a"b\r\n')).toThrow("expected a comma or CRLF at 3");
    expect(() => parseCsv("a\nb\r\n")).toThrow("expected a comma or CRLF at 1");
    expect(() => parseCsv("a,b")).toThrow("last line lacks its CRLF");
  });
});
