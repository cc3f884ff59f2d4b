// The Vite plugin that makes a page for each talk of src/talks/index.ts from one template (talk.html) and renders
// the talk into it. Talks and rendering load through Vite's module runner, never through the config bundle, so the
// config loads even before @alignment/data is built: in a build the runner reads the built package; under `vite`
// (pnpm dev) the dev server's runner reads the package's sources (see the conditions in vite.config.ts), renders on
// every request, and reloads the open deck when a slide or a fact changes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Plugin, runnerImport, type ViteDevServer } from "vite";
import type { PageOptions } from "../engine/render.ts";
import type * as Pages from "./render-pages.ts";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));
const PAGES = "/src/vite-plugin/render-pages.ts";
/** The page every talk is built from: the talk goes in at its `<!-- talk -->` marker, its title in `<title>`. */
const TEMPLATE = `${appRoot}talk.html`;

/**
 * The sources of the data package this app depends on: in dev the deck reads them (its "@alignment/source" export
 * condition, see vite.config.ts), so an edited fact shows without a rebuild.
 */
const dataSources = join(dirname(createRequire(import.meta.url).resolve("@alignment/data/package.json")), "src");

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
 * a folder URL does not open its index.html, so the single files link to `explorer/index.html`. `notesBeside`: the
 * build writes each talk's speaker notes into a file of its own, which the page loads when the speaker view opens;
 * otherwise (the single files, the dev server) they go into the page.
 */
export function deckPlugin(explorerBase: string, { notesBeside }: { notesBeside: boolean }): Plugin[] {
  let server: ViteDevServer | undefined;
  let forBuild: Promise<typeof Pages> | undefined;

  async function pages(): Promise<typeof Pages> {
    if (server !== undefined) return (await server.ssrLoadModule(PAGES)) as typeof Pages;
    forBuild ??= importForBuild<typeof Pages>(PAGES);
    return forBuild;
  }

  async function renderInto(page: string, template: string, options?: PageOptions): Promise<string> {
    return (await pages()).renderTalkPage(page, template, explorerBase, options);
  }

  /** The talk pages, as absolute paths under the app: they exist only in the build's graph, never on disk. */
  let pageFiles = new Set<string>();

  // The pages come first (before Vite's resolver looks for them on disk); the talk goes in last.
  const pagesPlugin: Plugin = {
    name: "alignment-deck-pages",
    enforce: "pre",
    async config(_config, { command }) {
      if (command !== "build") return undefined;
      const names = (await pages()).talkPages();
      pageFiles = new Set(names.map((page) => `${appRoot}${page}`));
      return {
        build: {
          rollupOptions: {
            input: Object.fromEntries(names.map((page) => [page.replace(/\.html$/, ""), `${appRoot}${page}`])),
          },
        },
      };
    },
    resolveId(id) {
      return pageFiles.has(id) ? id : undefined;
    },
    load(id) {
      return pageFiles.has(id) ? readFileSync(TEMPLATE, "utf8") : undefined;
    },
  };

  // The talk is data, and data must reach the page exactly as written. Vite's HTML processing rewrites text:
  // `%ENV_NAME%` becomes the variable's value, `__VITE_ASSET__…__` an asset's path. So the talk goes into the
  // page only after Vite is done with it: when serving, in the last transformIndexHtml step (after the `%ENV%`
  // substitution); when building, in generateBundle, on the page Vite has written (see vite.config.ts for the
  // order with vite-plugin-singlefile).
  const renderPlugin: Plugin = {
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
      // A talk's page is served from the template, as Vite serves an HTML file (its transforms, then the talk).
      devServer.middlewares.use(async (request, response, next) => {
        try {
          const path = new URL(request.url ?? "/", "http://deck").pathname;
          const page = path === "/" ? "index.html" : path.slice(1);
          if (!page.endsWith(".html") || !(await pages()).talkPages().includes(page)) return next();
          const html = await devServer.transformIndexHtml(
            `/${page}`,
            readFileSync(TEMPLATE, "utf8"),
            request.originalUrl,
          );
          response.setHeader("Content-Type", "text/html; charset=utf-8");
          response.end(html);
        } catch (error) {
          next(error);
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
            const page = file.fileName;
            const notesFile = (json: string, talk: string) => {
              const written = this.getFileName(
                this.emitFile({ type: "asset", name: `${talk}-notes.json`, source: json }),
              );
              return posix.relative(posix.dirname(page), written);
            };
            file.source = await renderInto(page, file.source, notesBeside ? { notesFile } : {});
          }
        }
      },
    },
  };
  return [pagesPlugin, renderPlugin];
}
