// The full lecture: the essay's argument in its own order, about forty-five minutes with discussion.

import { conclusion, questions, references } from "../slides/closing.ts";
import { armsSales, dronesAndArtillery, familiarity, jointExercises, tsentr2019 } from "../slides/defense.ts";
import { threeDimensions } from "../slides/dimensions.ts";
import { oil, powerOfSiberia, trade, whyChina } from "../slides/economy.ts";
import { friendship, sharedVision } from "../slides/leadership.ts";
import { hook, title } from "../slides/opening.ts";
import { centralAsiaAndArctic, regionalBodies, securityCouncil } from "../slides/politics.ts";
import { needs, riskyPartner, thenAndNow } from "../slides/pragmatism.ts";
import { timeline } from "../slides/timeline.ts";
import { asymmetry } from "../slides/unequals.ts";
import type { Occasion, Talk } from "./talk.ts";

/** The lecturer's to set: who gives this talk, at which course or event, and when. */
const occasion: Occasion = {
  presenter: "The Alignment project",
  event: "Public lecture on great-power alignment",
  date: "2026-12-10",
};

export const lecture: Talk = {
  id: "lecture",
  page: "index.html",
  name: "Lecture",
  minutes: 45,
  // The title and the timeline's slides are passed quickly; the questions slide holds the ten minutes of discussion.
  seconds: { title: 30, "timeline-": 75, questions: 600, references: 30 },
  builds: true,
  occasion,
  slides: [
    title(occasion),
    hook,
    thenAndNow,
    riskyPartner,
    needs,
    threeDimensions,
    armsSales,
    dronesAndArtillery,
    jointExercises,
    tsentr2019,
    familiarity,
    trade,
    oil,
    powerOfSiberia,
    whyChina,
    securityCouncil,
    regionalBodies,
    centralAsiaAndArctic,
    asymmetry,
    sharedVision,
    friendship,
    timeline,
    conclusion,
    questions,
    references,
  ],
};
