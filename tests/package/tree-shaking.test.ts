// A consumer pays only for what it imports: bundled by a real bundler (esbuild) from the built package, formatting a
// value brings no record of the dataset, and one accessor brings no validator. Sizes are gzip, as a page ships them.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** The minified, bundled bytes of a module that imports `names` from `@alignment/data` and uses them. */
async function bundle(names: readonly string[], from = "@alignment/data"): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(", ")} } from "${from}";\nglobalThis.used = [${names.join(", ")}];\n`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, gzip: gzipSync(code).length };
}

describe("importing part of @alignment/data", () => {
  it("costs at most 2.5 kB gzip for formatValue alone, and brings no record", async () => {
    const { code, gzip } = await bundle(["formatValue"]);
    expect(gzip, `formatValue alone: ${gzip} B gzip`).toBeLessThanOrEqual(2500);
    expect(code).not.toContain("trade.bilateral");
    expect(code).not.toContain("Kathryn Stoner");
  });

  it("brings the formatting helpers without the dataset, and one accessor without the validator", async () => {
    const formatting = await bundle(["formatStatement", "formatQualifiedValue", "formatWhen"]);
    expect(formatting.code).not.toContain("trade.bilateral");
    const accessor = await bundle(["figure"]);
    // An accessor needs the records it reads; it must not need zod.
    expect(accessor.code).toContain("trade.bilateral.2018");
    expect(accessor.code).not.toMatch(/ZodError|\$ZodType/);
  });

  it("brings zod only with /schema", async () => {
    const schema = await bundle(["parseDataset"], "@alignment/data/schema");
    expect(schema.code).toMatch(/ZodError|\$ZodType|_zod/);
  });
});
