import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages from their sources (their "@alignment/source" export condition), as TypeScript reads them.
  ssr: { resolve: { conditions: ["@alignment/source", "module", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // The budget builds a baseline deck with Vite: generous on a shared two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
