// The speaker notes, fetched when they are first needed (the speaker view, a handout with notes) and put where
// reveal.js reads them: each slide's `data-notes`. The page carries them inline or names their file (engine/notes.ts).
import { NOTES_ELEMENT_ID, NOTES_FILE_ATTRIBUTE, type TalkNotes } from "../engine/notes.ts";

let loaded: Promise<void> | undefined;

async function notesText(root: HTMLElement): Promise<string> {
  const inline = document.getElementById(NOTES_ELEMENT_ID);
  if (inline !== null) return inline.textContent ?? "";
  const file = root.getAttribute(NOTES_FILE_ATTRIBUTE);
  if (file === null) throw new Error(`The page holds no notes and names no notes file (${NOTES_FILE_ATTRIBUTE})`);
  const response = await fetch(file);
  if (!response.ok) throw new Error(`The notes file ${file} could not be loaded: HTTP ${response.status}`);
  return response.text();
}

/** Gives every slide of the deck its notes, once; later calls wait for the first. */
export function loadNotes(root: HTMLElement): Promise<void> {
  loaded ??= notesText(root).then((text) => {
    const notes = JSON.parse(text) as TalkNotes;
    for (const slide of root.querySelectorAll<HTMLElement>(".slides > section")) {
      const markup = notes[slide.id];
      if (markup !== undefined) slide.setAttribute("data-notes", markup);
    }
  });
  // A failure (the file missing, the network gone) is reported to the caller; the next call tries again.
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
