import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/schema.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "node20",
  clean: true,
  // zod stays external: consumers of /schema share their own copy; the main entry never imports it.
});
