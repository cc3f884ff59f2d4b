// The Frictionless Data Package that the build writes (dist/datapackage.json, records.csv, dataset.json), read as a
// consumer in another tool would read it: by frictionlessdata's own JavaScript libraries, datapackage and
// tableschema. The descriptor loads and validates, every CSV row casts through its Table Schema (types, vocabularies,
// a unique primary key), and the package agrees with the dataset. The libraries fetch a profile named by URL: no
// request may leave the process, so a test fails if one is attempted.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Package, validate } from "datapackage";
import { Schema, Table } from "tableschema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRecords, csvColumns, type Figure, recordKinds, units } from "../src/index.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const descriptorPath = join(dist, "datapackage.json");
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

// Every way a library here could reach the network from Node goes through these two modules' request functions.
const require = createRequire(import.meta.url);
const transports = [require("node:http"), require("node:https")] as Record<"request" | "get", unknown>[];
const attempted: string[] = [];
const originals = transports.map((t) => ({ request: t.request, get: t.get }));

beforeAll(() => {
  expect(existsSync(descriptorPath), "build first: pnpm --filter @alignment/data build").toBe(true);
  for (const t of transports) {
    for (const name of ["request", "get"] as const) {
      t[name] = (...args: unknown[]) => {
        const [target] = args as [string | URL | { hostname?: string; path?: string }];
        attempted.push(
          typeof target === "string" || target instanceof URL ? String(target) : `${target.hostname}${target.path}`,
        );
        throw new Error("datapackage.test: no network request may be made");
      };
    }
  }
});

afterAll(() => {
  for (const [i, t] of transports.entries()) Object.assign(t, originals[i]);
  // Checked here as well as in the last test: a request in any test fails the file.
  expect(attempted).toEqual([]);
});

const descriptor = () => JSON.parse(readFileSync(descriptorPath, "utf8"));

/** Every row of a CSV file cast through a Table Schema (tableschema's typings call `read` synchronous; it is not). */
async function readTable(path: string, schema: object): Promise<unknown[]> {
  const table = await Table.load(path, { schema });
  return await (table.read({ cast: true }) as unknown as Promise<unknown[]>);
}

async function records(): Promise<Record<string, unknown>[]> {
  const pkg = await Package.load(descriptorPath);
  const resource = pkg.getResource("records");
  if (resource === null) throw new Error("datapackage.json has no resource named records");
  return resource.read({ keyed: true, cast: true });
}

describe("datapackage.json", () => {
  it("is a valid Data Package, as frictionlessdata's datapackage library loads it", async () => {
    const pkg = await Package.load(descriptorPath);
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toEqual(["records", "dataset"]);
    await expect(validate(descriptorPath)).resolves.toMatchObject({ valid: true, errors: [] });
  });

  it("names the data version, the data licence (not the code's), the essay as its source", () => {
    const d = descriptor();
    expect(d.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(d.version).toBe(version);
    expect(d.licenses).toEqual([expect.objectContaining({ name: "CC-BY-4.0" })]);
    expect(JSON.stringify(d)).not.toContain("MIT");
    expect(d.sources[0].title).toContain("Kathryn Stoner");
    expect(d.sources[0].title).toContain("Contemporary China-Russia-North Korea Alignment");
    // The essay's words are the author's: the package and each resource say they are not licensed with the data.
    for (const text of [d.description, ...d.resources.map((r: { description: string }) => r.description)]) {
      expect(text).toMatch(/not licensed under CC BY 4\.0/);
    }
    expect(d.resources.map((r: { path: string }) => r.path)).toEqual(["records.csv", "dataset.json"]);
  });

  it("has a valid Table Schema for the CSV: a typed field per column, id the primary key, vocabularies as enums", async () => {
    const [table] = descriptor().resources;
    const schema = await Schema.load(table.schema);
    expect((schema.errors as Error[]).map(String)).toEqual([]);
    expect(schema.valid).toBe(true);
    expect(schema.primaryKey).toEqual(["id"]);
    const header = readFileSync(join(dist, "records.csv"), "utf8").split("\r\n")[0]?.split(",");
    expect(table.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    const field = (name: string) => table.schema.fields.find((f: { name: string }) => f.name === name);
    expect(field("kind").constraints.enum).toEqual([...recordKinds]);
    expect(field("unit").constraints.enum).toEqual(Object.values(units).map((u) => u.label));
    expect(field("value").type).toBe("number");
    expect(field("locator_start").type).toBe("integer");
  });

  it("describes dataset.json with its JSON Schema, which the library reads from beside it", async () => {
    const pkg = await Package.load(descriptorPath);
    const resource = pkg.getResource("dataset");
    expect(resource?.tabular).toBe(false);
    expect(resource?.descriptor.schema).toEqual(JSON.parse(readFileSync(join(dist, "dataset.schema.json"), "utf8")));
  });
});

describe("records.csv through its Table Schema", () => {
  it("casts every row: one per record, every id present once", async () => {
    const rows = await records();
    expect(rows).toHaveLength(allRecords().length);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(allRecords().map((r) => r.id)));
  });

  it("gives each figure its value as a number, and each quote its place in the essay as integers", async () => {
    const rows = new Map((await records()).map((row) => [row.id, row]));
    for (const r of allRecords()) {
      const row = rows.get(r.id);
      expect(row?.kind, r.id).toBe(r.kind);
      if (r.kind === "figure") expect(row?.value, r.id).toBe((r as Figure).value);
      else expect(row?.value, r.id).toBeNull();
      if ("locator" in r) expect(row?.locator_start, r.id).toBe(r.locator.start);
    }
  });

  it("refuses a table whose primary key repeats, or whose kind is outside the vocabulary", async () => {
    const schema = descriptor().resources[0].schema;
    const dir = mkdtempSync(join(tmpdir(), "datapackage-"));
    try {
      const [header = "", first = "", ...rest] = readFileSync(join(dist, "records.csv"), "utf8").split("\r\n");
      const repeated = join(dir, "repeated.csv");
      writeFileSync(repeated, [header, first, first, ...rest].join("\r\n"));
      // tableschema reports a repeated primary key as a unique constraint on its column(s).
      await expect(readTable(repeated, schema)).rejects.toThrow(
        /Row 3 has an unique constraint violation in column "id"/,
      );
      const unknownKind = join(dir, "unknown-kind.csv");
      writeFileSync(unknownKind, [header, first.replace(",section,", ",planet,"), ...rest].join("\r\n"));
      const refused = await readTable(unknownKind, schema).catch((e: { errors: Error[] }) => e);
      expect("errors" in refused ? refused.errors.map(String) : refused).toEqual([
        expect.stringMatching(/"planet" does not conform to the "enum" constraint for column "kind"/),
      ]);
      // The file itself reads whole through the same schema.
      await expect(readTable(join(dist, "records.csv"), schema)).resolves.toHaveLength(allRecords().length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is the package's own CSV of every record, column for column", () => {
    expect(readFileSync(join(dist, "records.csv"), "utf8").split("\r\n")[0]).toBe(
      csvColumns.map((c) => c.name).join(","),
    );
  });

  it("made no network request", () => {
    expect(attempted).toEqual([]);
  });
});
