// Where a talk's speaker notes travel: out of the slides' markup, so that the first slide does not wait for them. The
// built deck keeps them in a JSON file beside the page, which the page fetches when the speaker view first opens; a
// page that must hold everything (the single file, run from disk; the dev server's page) carries them in a JSON
// script element, which the browser does not parse into elements. Either way they are one object, slide id to markup.

/** The id of the script element that carries the notes inside the page. */
export const NOTES_ELEMENT_ID = "talk-notes";

/** The `.reveal` element's attribute that names the notes file, relative to the page. */
export const NOTES_FILE_ATTRIBUTE = "data-notes-src";

/** Each slide's notes as markup, by slide id. */
export type TalkNotes = Readonly<Record<string, string>>;

/**
 * The notes as JSON that a script element holds as it is: every `</` written `<\/` (no `</script>` can end the
 * element) and every `<!--` written `\u003c!--` (which would change how the browser reads the rest of it). Both are
 * the same string to JSON.parse; the markup's own `<` stay as they are.
 */
export function notesJson(notes: TalkNotes): string {
  return JSON.stringify(notes).replace(/<\//g, "<\\/").replace(/<!--/g, "\\u003c!--");
}
