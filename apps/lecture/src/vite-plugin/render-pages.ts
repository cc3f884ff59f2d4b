// What the deck plugin runs in Vite's module runner: the talks' pages, and each talk rendered into its page with
// the build's dataset. One module, so one module graph: the renderer trusts the slides' markup by identity (SafeHtml),
// so the slides and the renderer must share one copy of the engine.
import { type PageOptions, renderPage } from "../engine/render.ts";
import { talks } from "../talks/index.ts";
import { loadDeckData } from "./load-deck-data.ts";

/** The page file of every talk (`index.html`, `briefing.html`). */
export function talkPages(): string[] {
  return talks.map((talk) => talk.page);
}

/** The talk built into `page`, rendered into the page template with the dataset the build was given. */
export async function renderTalkPage(
  page: string,
  template: string,
  explorerBase: string,
  options: PageOptions = {},
): Promise<string> {
  const talk = talks.find((t) => t.page === page);
  if (talk === undefined) throw new Error(`${page}: no talk is defined for this page (see src/talks)`);
  return renderPage(template, talk, await loadDeckData(explorerBase), options);
}
