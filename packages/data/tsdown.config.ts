import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/schema.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "node20",
  clean: true,
  // One file per source module, so that a bundler drops what a consumer does not import (sideEffects: false): formatValue
  // alone is then a few hundred bytes, not the whole dataset.
  unbundle: true,
  // zod stays external: consumers of /schema share their own copy; the main entry never imports it.
});
