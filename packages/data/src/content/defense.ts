import { claims, derived, events, figures, pick, quotations } from "./define.ts";

export const defenseFigures = figures([
  {
    id: "border.length",
    label: "Length of the border Russia and China share",
    value: 4200,
    unit: "km",
    when: { start: "2026-03", precision: "month", relation: "as-of" },
    subjects: ["russia", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "has moved far beyond their shared 4,200 km border",
  },
  {
    id: "arms.sales-share-to-china.2013-2017",
    label: "Share of Russia's weapons sales that went to China, 2013\u20132017",
    value: 12,
    unit: "percent",
    qualifier: "about",
    when: { start: "2013", end: "2017", precision: "year" },
    aggregation: "total",
    subjects: ["russia", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    source: "source.sipri",
    quote: "According to SIPRI, about 12% of Russia's weapons sales went to China between 2013 and 2017.",
  },
  {
    id: "war.artillery-help.years",
    label: "The first years of the war in Ukraine, in which China proved a friend when Russia needed artillery",
    value: 2,
    unit: "years",
    when: { start: "2022", precision: "year", relation: "since" },
    subjects: ["china", "russia", "war-in-ukraine", "ukraine"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "Since 2022, China has shared drone technology and proved to be a friend when Russia needed artillery in the first two years of the war in Ukraine.",
  },
  {
    id: "tsentr-2019.personnel",
    label: "Personnel involved in the Tsentr 2019 exercise",
    value: 128000,
    unit: "people",
    counts: "personnel",
    when: { start: "2019", precision: "year" },
    subjects: ["tsentr-2019"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "Tsentr involved 128,000 personnel",
  },
  {
    id: "tsentr-2019.chinese-soldiers",
    label: "Soldiers from China in the Tsentr 2019 exercise",
    value: 1600,
    unit: "people",
    counts: "soldiers",
    qualifier: "only",
    when: { start: "2019", precision: "year" },
    subjects: ["tsentr-2019", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "Most of the participants were in fact Russian, however, with only 1,600 soldiers from China.",
  },
]);

export const defenseDerivedFigures = [
  derived({
    id: "tsentr-2019.chinese-share",
    label: "China's share of Tsentr 2019, soldiers against personnel",
    unit: "percent",
    formula: "share",
    inputs: [pick(defenseFigures, "tsentr-2019.chinese-soldiers"), pick(defenseFigures, "tsentr-2019.personnel")],
    caveat:
      "The essay counts China's part as soldiers and the whole exercise as personnel: two different counts, so the share is only a rough measure of China's part.",
    when: { start: "2019", precision: "year" },
    subjects: ["tsentr-2019", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
  }),
];

export const defenseEvents = events([
  {
    id: "event.joint-trainings-begin",
    label: "Russian and Chinese militaries conduct joint military trainings",
    when: { start: "2000", precision: "decade", relation: "since", part: "mid" },
    entities: ["russia", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "Their militaries have conducted joint military trainings since the mid-2000s",
  },
  {
    id: "event.vostok-2018",
    label: "Vostok 2018 exercise, with far greater representation from Russia than from China",
    when: { start: "2018", precision: "year" },
    entities: ["vostok-2018", "russia", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "the larger Vostok 2018 exercise (although it featured far greater representation from Russia than from China)",
  },
  {
    id: "event.tsentr-2019",
    label:
      "Tsentr exercise, with not only Russia and China but also India, Pakistan, Tajikistan, Uzbekistan, Kyrgyzstan and Kazakhstan",
    when: { start: "2019", precision: "year" },
    entities: [
      "tsentr-2019",
      "russia",
      "china",
      "india",
      "pakistan",
      "tajikistan",
      "uzbekistan",
      "kyrgyzstan",
      "kazakhstan",
    ],
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "The larger Tsentr exercise in 2019 included not only Russia and China, but also India, Pakistan, Tajikistan, Uzbekistan, Kyrgyzstan, and Kazakhstan.",
  },
  {
    id: "event.drone-technology-shared",
    label: "China has shared drone technology",
    when: { start: "2022", precision: "year", relation: "since" },
    entities: ["china", "russia", "war-in-ukraine"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "Since 2022, China has shared drone technology",
  },
]);

export const defenseQuotations = quotations([
  {
    id: "quote.militaries-familiar",
    text: "but the two militaries are becoming more familiar with each other. They are taking part in joint training; making their weapons systems more compatible, and syncing their communications, logistics, tactics and military doctrines.",
    source: "source.joint-training",
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "Officially, China and Russia have no military alliance, \u201cbut the two militaries are becoming more familiar with each other. They are taking part in joint training; making their weapons systems more compatible, and syncing their communications, logistics, tactics and military doctrines.\u201d",
  },
  {
    id: "quote.authoritarian-peace",
    text: "authoritarian peace",
    source: "source.authoritarian-peace",
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "One could argue that there is even an \u201cauthoritarian peace\u201d dynamic\u2014where the two autocrats have an implicit agreement to avoid conflict with one another\u2014that did not exist prior to 2012.",
  },
]);

export const defenseClaims = claims([
  {
    id: "claim.arms-purchases",
    label: "China has purchased S-400 anti-missile defense systems and Su-35 jets from Russia",
    stance: "asserts",
    dimension: "defense",
    entities: ["china", "russia", "s-400", "su-35"],
    section: "section.three-dimensions",
    quote: "China has purchased S-400 anti-missile defense systems from Russia, as well as Su-35 jets.",
  },
  {
    id: "claim.beyond-weapons-sales",
    label: "Russia\u2013China defense cooperation goes beyond just weapons sales, to joint military trainings",
    stance: "asserts",
    dimension: "defense",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote:
      "But Russia-China defense cooperation goes beyond just weapons sales. Their militaries have conducted joint military trainings since the mid-2000s, ranging from smaller anti-terrorism exercises to the larger Vostok 2018 exercise",
  },
  {
    id: "claim.tsentr-scenario",
    label:
      "Tsentr 2019 included a mock invasion of a hypothetical terrorist state and special forces exercises in defending Russia's Arctic bases",
    stance: "asserts",
    dimension: "defense",
    entities: ["tsentr-2019", "russia", "arctic"],
    section: "section.three-dimensions",
    quote:
      "included a mock invasion of a hypothetical terrorist state and a series of exercises involving special forces troops tasked with defending Russia's Arctic bases",
  },
  {
    id: "claim.tsentr-mostly-russian",
    label: "Most of the participants in Tsentr 2019 were in fact Russian",
    stance: "asserts",
    dimension: "defense",
    entities: ["tsentr-2019", "russia", "china"],
    section: "section.three-dimensions",
    quote: "Most of the participants were in fact Russian",
  },
  {
    id: "claim.no-military-alliance",
    label: "Officially, China and Russia have no military alliance",
    stance: "asserts",
    dimension: "defense",
    entities: ["china", "russia"],
    section: "section.three-dimensions",
    quote: "Officially, China and Russia have no military alliance",
  },
  {
    id: "claim.strategic-relationship-deepening",
    label: "Clearly the strategic relationship between Russia and China is deepening",
    stance: "infers",
    dimension: "defense",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote: "Clearly the strategic relationship between Russia and China is deepening.",
  },
  {
    id: "claim.authoritarian-peace",
    label:
      "One could argue there is even an \u201cauthoritarian peace\u201d: an implicit agreement of the two autocrats to avoid conflict, which did not exist prior to 2012",
    stance: "entertains",
    hedge: "One could argue",
    source: "source.authoritarian-peace",
    when: { start: "2012", precision: "year", relation: "not-before" },
    dimension: "defense",
    entities: ["xi", "putin"],
    section: "section.three-dimensions",
    quote:
      "One could argue that there is even an \u201cauthoritarian peace\u201d dynamic\u2014where the two autocrats have an implicit agreement to avoid conflict with one another\u2014that did not exist prior to 2012.",
  },
]);
