import { defineConfig } from "tsdown";

// Built for the plain-node importers (the bench, the deck's PDF export, `pnpm start`); TypeScript and vitest read
// src/ through the "@alignment/source" export condition.
export default defineConfig({
  entry: [
    "src/serve.ts",
    "src/chromium.ts",
    "src/page.ts",
    "src/axe.ts",
    "src/processes.ts",
    "src/paths.ts",
    "src/pdf.ts",
    "src/start.ts",
  ],
  format: ["esm"],
  dts: true,
  platform: "node",
  target: "node20",
  clean: true,
});
