import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

// Two builds: dist/ for serving (relative base, so it works at /explorer/ or at any path), and with
// `--mode single` one self-contained HTML file in dist-single/ that opens from file:// or a USB stick.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  return {
    base: "./",
    plugins: single ? [viteSingleFile()] : [],
    build: {
      outDir: single ? "dist-single" : "dist",
      emptyOutDir: true,
      target: "es2022",
    },
  };
});
