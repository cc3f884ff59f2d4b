import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The budget builds a baseline deck with Vite: generous on a shared two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
