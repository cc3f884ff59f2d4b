// Every talk of the deck, in one list: the deck plugin makes a page for each from one template (talk.html) and
// renders the talk into it, and the browser tests read the pages from here. A new talk is added here and nowhere else.
import { briefing } from "./briefing.ts";
import { lecture } from "./lecture.ts";
import type { Talk } from "./talk.ts";

export const talks: readonly Talk[] = [lecture, briefing];
