// The Vite plugin that renders each talk into its page. Rendering runs through Vite's module runner, never
// through the config bundle, so the config loads even before @alignment/data is built: in a build the runner
// reads the built package; under `vite` (pnpm dev) the dev server's runner reads the package's sources (see the
// aliases in vite.config.ts), renders on every request, and reloads the open deck when a slide or a fact changes.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Plugin, runnerImport, type ViteDevServer } from "vite";
import type * as Render from "../render.ts";
import type * as Loader from "./load-deck-data.ts";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));
const RENDER = "/src/render.ts";
const LOADER = "/src/build/load-deck-data.ts";

/**
 * The data package's sources: in dev the deck reads them directly, so an edited fact shows without a rebuild.
 * ALIGNMENT_DATA_SOURCES points dev at another copy (the dev test edits one, never the real sources).
 */
export const dataSources =
  process.env.ALIGNMENT_DATA_SOURCES ?? fileURLToPath(new URL("../../../../packages/data/src", import.meta.url));

interface Renderer {
  render: typeof Render;
  loader: typeof Loader;
}

async function importForBuild<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(`${appRoot}${path.slice(1)}`, {
    configFile: false,
    root: appRoot,
    logLevel: "error",
  });
  return module;
}

/**
 * `explorerBase`: where the fact explorer sits relative to the deck. Served, that is `explorer/`; from file://
 * a folder URL does not open its index.html, so the single files link to `explorer/index.html`.
 */
export function deckPlugin(explorerBase: string): Plugin {
  let server: ViteDevServer | undefined;
  let forBuild: Promise<Renderer> | undefined;

  async function renderer(): Promise<Renderer> {
    if (server !== undefined) {
      return {
        render: (await server.ssrLoadModule(RENDER)) as typeof Render,
        loader: (await server.ssrLoadModule(LOADER)) as typeof Loader,
      };
    }
    forBuild ??= Promise.all([importForBuild<typeof Render>(RENDER), importForBuild<typeof Loader>(LOADER)]).then(
      ([render, loader]) => ({ render, loader }),
    );
    return forBuild;
  }

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
        const { render, loader } = await renderer();
        const page = relative(appRoot, context.filename).replaceAll("\\", "/");
        const talk = render.talks.find((t) => t.page === page);
        if (talk === undefined) throw new Error(`${page}: no talk is defined for this page (see src/talks)`);
        return render.renderPage(template, talk, loader.loadDeckData(explorerBase));
      },
    },
  };
}
