import { claims, derived, events, figures, pick, quotations } from "./define.ts";

export const defenseFigures = figures([
  {
    id: "border.length",
    label: "Length of the Russia\u2013China border",
    value: 4200,
    unit: "km",
    when: { start: "2026-03", precision: "month" },
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
    subjects: ["russia", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
    source: "source.sipri",
    quote: "According to SIPRI, about 12% of Russia's weapons sales went to China between 2013 and 2017.",
  },
  {
    id: "war.artillery-help.years",
    label: "Years of the war in Ukraine in which China proved a friend when Russia needed artillery",
    value: 2,
    unit: "years",
    when: { start: "2022", precision: "year" },
    subjects: ["china", "russia", "war-in-ukraine", "ukraine"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote:
      "Since 2022, China has shared drone technology and proved to be a friend when Russia needed artillery in the first two years of the war in Ukraine.",
  },
  {
    id: "tsentr-2019.personnel",
    label: "Personnel in the Tsentr 2019 exercise",
    value: 128000,
    unit: "people",
    when: { start: "2019", precision: "year" },
    subjects: ["tsentr-2019"],
    dimension: "defense",
    section: "section.three-dimensions",
    quote: "Tsentr involved 128,000 personnel",
  },
  {
    id: "tsentr-2019.chinese-soldiers",
    label: "Chinese soldiers in the Tsentr 2019 exercise",
    value: 1600,
    unit: "people",
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
    label: "China's share of Tsentr 2019 personnel",
    unit: "percent",
    formula: "share",
    inputs: [pick(defenseFigures, "tsentr-2019.chinese-soldiers"), pick(defenseFigures, "tsentr-2019.personnel")],
    when: { start: "2019", precision: "year" },
    subjects: ["tsentr-2019", "china"],
    dimension: "defense",
    section: "section.three-dimensions",
  }),
];

export const defenseEvents = events([
  {
    id: "event.joint-trainings-begin",
    label: "Russian and Chinese militaries begin joint trainings",
    when: { start: "2000", precision: "decade" },
    qualifier: "mid",
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
      "Tsentr 2019 exercise with Russia, China, India, Pakistan, Tajikistan, Uzbekistan, Kyrgyzstan and Kazakhstan",
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
    label: "China shares drone technology with Russia",
    when: { start: "2022", precision: "year" },
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
    label: "China has bought S-400 air defence systems and Su-35 jets from Russia",
    dimension: "defense",
    entities: ["china", "russia", "s-400", "su-35"],
    section: "section.three-dimensions",
    quote: "China has purchased S-400 anti-missile defense systems from Russia, as well as Su-35 jets.",
  },
  {
    id: "claim.beyond-weapons-sales",
    label: "Defence cooperation goes beyond weapons sales, to joint exercises",
    dimension: "defense",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote:
      "But Russia-China defense cooperation goes beyond just weapons sales. Their militaries have conducted joint military trainings since the mid-2000s, ranging from smaller anti-terrorism exercises to the larger Vostok 2018 exercise",
  },
  {
    id: "claim.tsentr-scenario",
    label: "Tsentr 2019 rehearsed a mock invasion and the defence of Russia's Arctic bases",
    dimension: "defense",
    entities: ["tsentr-2019", "russia", "arctic"],
    section: "section.three-dimensions",
    quote:
      "included a mock invasion of a hypothetical terrorist state and a series of exercises involving special forces troops tasked with defending Russia's Arctic bases",
  },
  {
    id: "claim.no-military-alliance",
    label: "Officially there is no military alliance, yet the militaries grow more familiar",
    dimension: "defense",
    entities: ["china", "russia"],
    section: "section.three-dimensions",
    quote: "Officially, China and Russia have no military alliance",
  },
  {
    id: "claim.strategic-relationship-deepening",
    label: "The strategic relationship is deepening",
    dimension: "defense",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote: "Clearly the strategic relationship between Russia and China is deepening.",
  },
  {
    id: "claim.authoritarian-peace",
    label: "An \u201cauthoritarian peace\u201d: an implicit agreement to avoid conflict, absent before 2012",
    dimension: "defense",
    entities: ["xi", "putin"],
    section: "section.three-dimensions",
    quote:
      "where the two autocrats have an implicit agreement to avoid conflict with one another\u2014that did not exist prior to 2012",
  },
]);
