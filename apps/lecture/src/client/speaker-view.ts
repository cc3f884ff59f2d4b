// The speaker view, loaded when the lecturer first asks for it (S, a `?notes` URL, or a speaker window left open
// while the deck reloads): reveal's notes plugin, which writes the view into a window of its own, the notes it shows,
// and our style for that window. None of it is downloaded for the first slide (main.ts).
import type { RevealApi } from "reveal.js";
import Notes, { type NotesPlugin } from "reveal.js/plugin/notes";
import { loadNotes } from "./notes.ts";
import speakerViewCss from "./speaker-view.css?inline";

const STYLE_ID = "alignment-speaker-view";

/**
 * The speaker window talks to the deck (`reveal-notes` messages) from the moment it has set up its previews, before
 * they have loaded: the first message styles it, and a window that outlived a reload of the deck is styled already.
 * A window of another origin cannot be reached, and is not ours to style.
 */
function styleSpeakerWindow(event: MessageEvent) {
  if (typeof event.data !== "string" || !event.data.includes('"reveal-notes"')) return;
  const source = event.source as Window | null;
  let view: Document;
  try {
    if (source === null) return;
    view = source.document;
  } catch {
    return;
  }
  if (view.getElementById("speaker-controls") === null || view.getElementById(STYLE_ID) !== null) return;
  const style = view.createElement("style");
  style.id = STYLE_ID;
  style.textContent = speakerViewCss;
  view.head.append(style);
}

/**
 * Gives the slides their notes and registers reveal's notes plugin, which then answers S itself and reconnects a
 * speaker window that outlived a reload; resolves with the plugin, whose `open()` opens the view.
 */
export async function startSpeakerView(deck: RevealApi, root: HTMLElement): Promise<NotesPlugin> {
  await loadNotes(root);
  window.addEventListener("message", styleSpeakerWindow);
  const notes = Notes();
  deck.registerPlugin(notes);
  return notes;
}
