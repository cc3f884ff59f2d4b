import { defaultClientConditions, defaultServerConditions, defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { deckPlugin } from "./src/vite-plugin/deck-plugin.ts";

const SOURCE_CONDITION = "@alignment/source";

// `vite build` writes dist/ (pages with their JS and CSS); `vite build --mode single` writes dist-single/, one
// self-contained HTML file per talk that runs from file:// (module scripts from files are blocked, inline ones
// are not). `vite` serves the deck with @alignment/data read from its sources. The talks' pages come
// from src/talks/index.ts and talk.html (see the deck plugin).

export default defineConfig(({ command, mode }) => {
  const single = mode === "single";
  return {
    base: "./",
    // The deck plugin comes last: it puts the talk into each page once the other plugins have finished with it.
    plugins: [
      ...(single ? [viteSingleFile()] : []),
      ...deckPlugin(single ? "explorer/index.html" : "explorer/", { notesBeside: !single }),
    ],
    // Served (pnpm dev), workspace packages resolve to their sources through their "@alignment/source" export
    // condition, in the page and in the server that renders the talks; a build reads the built packages.
    ...(command === "serve"
      ? {
          resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
          ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
        }
      : {}),
    build: {
      outDir: single ? "dist-single" : "dist",
      emptyOutDir: true,
      target: "es2022",
      // One file holds everything: what the served deck loads on first use (the speaker view, search, zoom) goes into
      // the one chunk too, and its import() resolves inside it; a file beside it would not load from file://.
      // (vite-plugin-singlefile turns code splitting off only for a build with one page.)
      ...(single ? { rollupOptions: { output: { codeSplitting: { groups: [{ name: "main", test: /./ }] } } } } : {}),
    },
    // Built output is not source: changes there must not reload the open deck.
    server: { host: "127.0.0.1", watch: { ignored: ["**/dist/**", "**/dist-single/**", "**/dist-pdf/**"] } },
  };
});
