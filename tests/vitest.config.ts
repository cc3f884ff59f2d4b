import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages from their sources (their "@alignment/source" export condition), as TypeScript reads them.
  ssr: { resolve: { conditions: ["@alignment/source", "module", "node", "development|production"] } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    // Browsers and a registry are heavy on a two-core machine: one file at a time, generous timeouts.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
