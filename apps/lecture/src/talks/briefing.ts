// A ten-minute briefing from the same slide functions: a talk is a choice of slides over the data, not a copy.

import { conclusion, questions, references } from "../slides/closing.ts";
import { tsentr2019 } from "../slides/defense.ts";
import { powerOfSiberia, trade } from "../slides/economy.ts";
import { friendship } from "../slides/leadership.ts";
import { hook, title } from "../slides/opening.ts";
import { needs } from "../slides/pragmatism.ts";
import { asymmetry } from "../slides/unequals.ts";
import type { Occasion, Talk } from "./talk.ts";

/** The presenter's to set: who gives this briefing, at which event, and when. */
const occasion: Occasion = {
  presenter: "The Alignment project",
  event: "Policy briefing",
  date: "2026-12-11",
};

export const briefing: Talk = {
  id: "briefing",
  page: "briefing.html",
  name: "Briefing",
  minutes: 10,
  // Ten minutes leave no time for builds: each slide shows at once; two minutes of questions at the end.
  seconds: { title: 15, questions: 120, references: 15 },
  builds: false,
  occasion,
  slides: [
    title(occasion),
    hook,
    needs,
    tsentr2019,
    trade,
    powerOfSiberia,
    asymmetry,
    friendship,
    conclusion,
    questions,
    references,
  ],
};
