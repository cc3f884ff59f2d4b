import { defineConfig } from "tsdown";

// Built for plain node: the bin that the root scripts (`pnpm data:diff`, `pnpm version-packages`, `pnpm release`)
// run. TypeScript and vitest read src/ through the "@alignment/source" export condition.
export default defineConfig({
  entry: [
    "src/bin.ts",
    "src/semver.ts",
    "src/changesets.ts",
    "src/read-changesets.ts",
    "src/release-guards.ts",
    "src/datasets.ts",
    "src/paths.ts",
  ],
  format: ["esm"],
  dts: true,
  platform: "node",
  target: "node20",
  clean: true,
});
