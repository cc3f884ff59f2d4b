// The built deck in Chromium, as the PDF and image exports open it: served by the repository's own server
// (@alignment/devkit) on a free port of 127.0.0.1 for the length of the export, one fresh browser context per talk,
// and a talk that fails to start ends the export with the page's own errors.
import { launchChromium } from "@alignment/devkit/chromium";
import { type RunningServer, startServer } from "@alignment/devkit/serve";
import type { Browser, Page } from "playwright-core";
import type { BuiltTalk } from "./cli.ts";

/**
 * tsx compiles with esbuild's keepNames, which wraps each named function in a call to `__name`: a function the export
 * hands to page.evaluate runs in the page, so the page gets that helper (as a no-op) before its own scripts.
 */
const KEEP_NAMES_SHIM = "globalThis.__name = (target) => target;";

interface OpenOptions {
  /** reveal's view as a query string (`?print-pdf`), or none for the deck as presented. */
  query?: string;
  viewport?: { width: number; height: number };
}

export class DeckSession {
  /** Contexts on their way out with their pages, until they are gone: close() waits for them before the browser. */
  private readonly contextsClosing = new Set<Promise<void>>();
  private closed = false;

  private constructor(
    private readonly server: RunningServer,
    private readonly browser: Browser,
  ) {}

  /** Serves `dist` and starts Chromium. */
  static async start(dist: string): Promise<DeckSession> {
    const server = await startServer({ port: 0, mounts: [{ prefix: "/", dir: dist }] });
    try {
      return new DeckSession(server, await launchChromium());
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /** The talk's page, once reveal.js has started on it (and, in the print view, laid out its pages). */
  async open(
    talk: BuiltTalk,
    { query = "", viewport = { width: 1280, height: 720 } }: OpenOptions = {},
  ): Promise<Page> {
    const context = await this.browser.newContext({ viewport, reducedMotion: "reduce" });
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    const errors: string[] = [];
    context.on("weberror", (error) => errors.push(error.error().message));
    const page = await context.newPage();
    // The page's context goes with it. A context still closing when the browser closes rejects its close (a
    // TargetClosedError nothing awaits, which ended an export under load): close() waits for these first.
    page.on("close", () => {
      if (this.closed) return;
      const closing = context.close();
      this.contextsClosing.add(closing);
      // Forgotten once settled, either way: its page's work is done, and the browser's close ends what is left.
      const gone = () => this.contextsClosing.delete(closing);
      closing.then(gone, gone);
    });
    await page.goto(`${this.server.url}${talk.page}${query}`);
    const ready = query.includes("print-pdf") ? ".reveal.ready .pdf-page" : ".reveal.ready";
    try {
      await page.waitForSelector(ready, { state: "attached", timeout: 60_000 });
    } catch (error) {
      const seen = errors.length > 0 ? errors.join("; ") : "no script error";
      throw new Error(`${talk.page}${query}: the deck did not start (${seen})`, { cause: error });
    }
    return page;
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      await Promise.all([...this.contextsClosing]);
    } finally {
      await this.browser.close();
      await this.server.close();
    }
  }
}
