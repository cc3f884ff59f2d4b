// The Vite plugin that renders each talk into its page. In a build it renders once per page; under `vite`
// (pnpm dev) it renders through Vite's module runner on every request, with @alignment/data read from its
// sources, and reloads the open deck when a slide or a fact changes.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ViteDevServer } from "vite";
import * as staticRender from "../render.ts";
import { loadDeckData } from "./load-deck-data.ts";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));
/**
 * The data package's sources: in dev the deck reads them directly, so an edited fact shows without a rebuild.
 * ALIGNMENT_DATA_SOURCES points dev at another copy (the dev test edits one, never the real sources).
 */
export const dataSources =
  process.env.ALIGNMENT_DATA_SOURCES ?? fileURLToPath(new URL("../../../../packages/data/src", import.meta.url));

type RenderModule = typeof staticRender;
type LoaderModule = { loadDeckData: typeof loadDeckData };

/**
 * `explorerBase`: where the fact explorer sits relative to the deck. Served, that is `explorer/`; from file://
 * a folder URL does not open its index.html, so the single files link to `explorer/index.html`.
 */
export function deckPlugin(explorerBase: string): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: "alignment-deck",
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dataSources);
      const rendered = [dataSources, `${appRoot}src`];
      devServer.watcher.on("change", (file) => {
        if (rendered.some((dir) => file.startsWith(dir)) && !file.endsWith("main.ts") && !file.endsWith(".css")) {
          // Slides render on the server: drop the runner's cached modules and reload the page.
          devServer.environments.ssr.moduleGraph.invalidateAll();
          devServer.ws.send({ type: "full-reload" });
        }
      });
    },
    transformIndexHtml: {
      order: "pre",
      async handler(template, context) {
        const render: RenderModule = server
          ? ((await server.ssrLoadModule("/src/render.ts")) as RenderModule)
          : staticRender;
        const loader: LoaderModule = server
          ? ((await server.ssrLoadModule("/src/build/load-deck-data.ts")) as LoaderModule)
          : { loadDeckData };
        const page = relative(appRoot, context.filename).replaceAll("\\", "/");
        const talk = render.talks.find((t) => t.page === page);
        if (talk === undefined) throw new Error(`${page}: no talk is defined for this page (see src/talks)`);
        return render.renderPage(template, talk, loader.loadDeckData(explorerBase));
      },
    },
  };
}
