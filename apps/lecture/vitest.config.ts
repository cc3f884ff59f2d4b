// The lecture's unit tests (charts, palette) run on its sources alone: a config of their own keeps vitest from
// loading vite.config.ts and its deck plugin, which renders talks from the built data package.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["test/**/*.test.ts"] },
});
