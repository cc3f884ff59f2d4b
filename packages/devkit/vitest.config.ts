import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The process tests start node several times each, the axe test a Chromium: a loaded two-core machine takes
    // seconds for either.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
