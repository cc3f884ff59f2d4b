import { claims, derived, events, figures, pick, quotations } from "./define.ts";

export const economyFigures = figures([
  {
    id: "trade.bilateral.2016",
    label: "Russia\u2013China bilateral trade, 2016",
    value: 69.6e9,
    unit: "usd",
    when: { start: "2016", precision: "year" },
    subjects: ["russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "bilateral trade rose from $69.6 billion in 2016 to $107.1 billion in 2018",
  },
  {
    id: "trade.bilateral.2018",
    label: "Russia\u2013China bilateral trade, 2018",
    value: 107.1e9,
    unit: "usd",
    when: { start: "2018", precision: "year" },
    subjects: ["russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "bilateral trade rose from $69.6 billion in 2016 to $107.1 billion in 2018",
  },
  {
    id: "oil.exports-to-china.growth.2012-2017",
    label: "Increase in Russia's oil exports to China, 2012 to 2017",
    value: 146,
    unit: "percent",
    when: { start: "2012", end: "2017", precision: "year" },
    aggregation: "change",
    subjects: ["russia", "china", "espo"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "It enabled Russia to increase oil exports to China by 146 percent in just five years between 2012 to 2017.",
  },
  {
    id: "power-of-siberia.capacity",
    label: "Capacity of the Power of Siberia pipeline to export natural gas to China",
    value: 38e9,
    unit: "cubic_metres",
    when: { start: "2019", precision: "year" },
    subjects: ["power-of-siberia", "russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote:
      "the \u201cPower of Siberia\u201d natural gas pipeline was completed with the capacity to export 38 billion cubic meters of natural gas to China",
  },
  {
    id: "war.duration",
    label: "Length of Russia's war with Ukraine at the time of writing",
    value: 4,
    unit: "years",
    when: { start: "2026-03", precision: "month", relation: "as-of" },
    subjects: ["russia", "ukraine", "war-in-ukraine"],
    dimension: "defense",
    section: "section.opening",
    quote:
      "the Russian regime needs Chinese markets and foreign investment to keep its economy afloat as it fights its now four-year war with Ukraine",
  },
]);

export const economyDerivedFigures = [
  derived({
    id: "trade.bilateral.growth.2016-2018",
    label: "Change in Russia\u2013China bilateral trade from 2016 to 2018",
    unit: "percent",
    formula: "percent_change",
    inputs: [pick(economyFigures, "trade.bilateral.2016"), pick(economyFigures, "trade.bilateral.2018")],
    when: { start: "2016", end: "2018", precision: "year" },
    aggregation: "change",
    subjects: ["russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
  }),
];

export const economyEvents = events([
  {
    id: "event.espo-built",
    label:
      "Construction of the Eastern Siberia\u2013Pacific Ocean (ESPO) pipeline, a new pathway for crude oil to China and other Asian markets",
    when: { start: "2011", precision: "year" },
    entities: ["espo", "russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote:
      "partly underpinned by the construction in 2011 of the Eastern Siberia\u2013Pacific Ocean (ESPO) pipeline, which provided a new pathway to supplying crude oil to China and other Asian markets",
  },
  {
    id: "event.largest-crude-supplier",
    label: "Russia had become China's largest supplier of crude oil",
    when: { start: "2016", precision: "year", relation: "by" },
    entities: ["russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "by 2016, Russia had become China's largest supplier of crude oil",
  },
  {
    id: "event.saudi-arabia-displaced",
    label: "Russia reportedly becomes the biggest oil supplier to China, displacing Saudi Arabia",
    when: { start: "2016", precision: "year" },
    qualifier: "reportedly",
    entities: ["russia", "china", "saudi-arabia"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote:
      "In 2016, Russia reportedly became the biggest oil supplier to China, displacing Saudi Arabia from that position.",
  },
  {
    id: "event.power-of-siberia-completed",
    label: "The Power of Siberia gas pipeline is completed",
    when: { start: "2019", precision: "year" },
    entities: ["power-of-siberia", "russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "In 2019, the \u201cPower of Siberia\u201d natural gas pipeline was completed",
  },
  {
    id: "event.energy-markets-narrow",
    label: "Russia's legal markets for sale of its energy resources have become ever more limited",
    when: { start: "2022", precision: "year", relation: "since" },
    entities: ["russia", "china"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote: "its legal markets for sale of its energy resources have become ever more limited since 2022",
  },
  {
    id: "event.full-invasion-and-sanctions",
    label:
      "Russia's full invasion of Ukraine, and the ensuing sanctions regime on Russian energy exports by Western Europe",
    entities: ["russia", "ukraine", "war-in-ukraine", "western-europe"],
    dimension: "economic",
    section: "section.three-dimensions",
    quote:
      "Russia's full invasion of Ukraine and the ensuing sanctions regime imposed on Russian energy exports by Western Europe",
  },
]);

export const economyQuotations = quotations([
  {
    id: "quote.pos2-on-chinas-terms",
    text: "if and when the project [PoS2] is built, it will likely be on China's terms.",
    source: "source.pos2-analysis",
    dimension: "economic",
    section: "section.three-dimensions",
    quote:
      "As one analysis notes, \u201cif and when the project [PoS2] is built, it will likely be on China's terms.\u201d",
  },
]);

export const economyClaims = claims([
  {
    id: "claim.russia-needs-markets",
    label: "The Russian regime needs Chinese markets and foreign investment to keep its economy afloat",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china"],
    section: "section.opening",
    quote: "the Russian regime needs Chinese markets and foreign investment to keep its economy afloat",
  },
  {
    id: "claim.china-needs-energy-and-weapons",
    label: "China needs Russia's energy and weaponry",
    stance: "asserts",
    dimension: "economic",
    entities: ["china", "russia"],
    section: "section.opening",
    quote: "while China needs Russia's energy and weaponry",
  },
  {
    id: "claim.cooperation-widened",
    label: "Under Putin and Xi, military and technology cooperation and energy and non-energy trade increased",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china", "xi", "putin"],
    section: "section.three-dimensions",
    quote:
      "Under Putin and Xi, the two countries also increased military and technology cooperation as well as energy and non-energy trade.",
  },
  {
    id: "claim.strategic-outpaces-economic",
    label: "Cooperation on strategic matters is more extensive than economic cooperation",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote: "Cooperation on strategic matters is more extensive than Sino-Russian economic cooperation",
  },
  {
    id: "claim.ties-stronger-before",
    label:
      "Economic ties were becoming stronger well before the full invasion, partly underpinned by the ESPO pipeline",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china", "espo"],
    section: "section.three-dimensions",
    quote:
      "Economic ties were becoming stronger well before this, however, partly underpinned by the construction in 2011 of the Eastern Siberia\u2013Pacific Ocean (ESPO) pipeline",
  },
  {
    id: "claim.trade-up-since-invasion",
    label:
      "Trade has increased markedly since Russia's full invasion of Ukraine and the ensuing Western European sanctions on Russian energy exports",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china", "ukraine", "western-europe"],
    section: "section.three-dimensions",
    quote:
      "This has increased markedly since Russia's full invasion of Ukraine and the ensuing sanctions regime imposed on Russian energy exports by Western Europe.",
  },
  {
    id: "claim.power-of-siberia-benefits",
    label: "Power of Siberia diversifies China's LNG sources while providing Russia with an ongoing revenue source",
    stance: "asserts",
    dimension: "economic",
    entities: ["power-of-siberia", "china", "russia"],
    section: "section.three-dimensions",
    quote: "diversifying China's LNG sources while providing Russia with an ongoing revenue source",
  },
  {
    id: "claim.power-of-siberia-2-stalled",
    label:
      "Power of Siberia II is stalled, and Russia has been on the losing end of tough negotiations over pricing with China",
    stance: "asserts",
    dimension: "economic",
    entities: ["power-of-siberia-2", "russia", "china"],
    section: "section.three-dimensions",
    quote:
      "Power of Siberia II, a second gas pipeline linking Russia and China, is stalled, however, and notably Russia has been on the losing end of tough negotiations over pricing with China",
  },
  {
    id: "claim.china-largest-economy",
    label:
      "From Russia's perspective, warmer relations with China, the world's largest economy (at purchasing power parity), were crucial",
    stance: "asserts",
    dimension: "economic",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote:
      "From Russia's perspective, warmer relations with China\u2014the world's largest economy (at purchasing power parity)\u2014was crucial.",
  },
  {
    id: "claim.china-india-sustain-russia",
    label:
      "China and India have helped sustain the Russian economy through energy purchases, blunting the force of Western sanctions",
    stance: "asserts",
    dimension: "economic",
    entities: ["china", "india", "russia"],
    section: "section.leadership",
    quote:
      "China and India have helped sustain the Russian economy through energy purchases, blunting the force of Western sanctions.",
  },
]);
