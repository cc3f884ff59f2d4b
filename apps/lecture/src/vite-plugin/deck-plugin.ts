// The Vite plugin that renders each talk into its page. Rendering runs through Vite's module runner, never
// through the config bundle, so the config loads even before @alignment/data is built: in a build the runner
// reads the built package; under `vite` (pnpm dev) the dev server's runner reads the package's sources (see the
// aliases in vite.config.ts), renders on every request, and reloads the open deck when a slide or a fact changes.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Plugin, runnerImport, type ViteDevServer } from "vite";
import type * as Render from "../engine/render.ts";
import type * as Loader from "./load-deck-data.ts";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));
const RENDER = "/src/engine/render.ts";
const LOADER = "/src/vite-plugin/load-deck-data.ts";

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

  async function renderInto(page: string, template: string): Promise<string> {
    const { render, loader } = await renderer();
    const talk = render.talks.find((t) => t.page === page);
    if (talk === undefined) throw new Error(`${page}: no talk is defined for this page (see src/talks)`);
    return render.renderPage(template, talk, await loader.loadDeckData(explorerBase));
  }

  // The talk is data, and data must reach the page exactly as written. Vite's HTML processing rewrites text:
  // `%ENV_NAME%` becomes the variable's value, `__VITE_ASSET__…__` an asset's path. So the talk goes into the
  // page only after Vite is done with it: when serving, in the last transformIndexHtml step (after the `%ENV%`
  // substitution); when building, in generateBundle, on the page Vite has written (see vite.config.ts for the
  // order with vite-plugin-singlefile).
  return {
    name: "alignment-deck",
    enforce: "post",
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
      order: "post",
      handler(template, context) {
        // Building, Vite still rewrites the page after this hook: generateBundle renders the talk instead.
        if (server === undefined) return undefined;
        return renderInto(relative(appRoot, context.filename).replaceAll("\\", "/"), template);
      },
    },
    generateBundle: {
      order: "post",
      async handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".html") && typeof file.source === "string") {
            file.source = await renderInto(file.fileName, file.source);
          }
        }
      },
    },
  };
}
