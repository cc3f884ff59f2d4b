import { claims, comparisons, events, figures, quotations } from "./define.ts";

export const politicsFigures = figures([
  {
    id: "unsc.permanent-seats.held",
    label: "Permanent seats on the United Nations Security Council that China and Russia occupy",
    value: 2,
    unit: "count",
    counts: "permanent seats",
    when: { start: "2026-03", precision: "month", relation: "as-of" },
    subjects: ["china", "russia", "un-security-council"],
    dimension: "political",
    section: "section.unequals",
    quote:
      "The countries also occupy two of the five permanent seats on the United Nations Security Council, and they vote almost in unison.",
  },
  {
    id: "unsc.permanent-seats.total",
    label: "Permanent seats on the United Nations Security Council",
    value: 5,
    unit: "count",
    counts: "permanent seats",
    when: { start: "2026-03", precision: "month", relation: "as-of" },
    subjects: ["un-security-council"],
    dimension: "political",
    section: "section.unequals",
    quote:
      "The countries also occupy two of the five permanent seats on the United Nations Security Council, and they vote almost in unison.",
  },
]);

export const politicsEvents = events([
  {
    id: "event.cooperation-since-2012",
    label: "Russia and China cooperate",
    when: { start: "2012", precision: "year", relation: "since-at-least" },
    entities: ["russia", "china"],
    dimension: "political",
    section: "section.three-dimensions",
    quote: "Still, Russia and China's cooperation, which goes back to at least 2012",
  },
  {
    id: "event.crimea-eastern-ukraine",
    label: "Russian forces appear in Crimea and Eastern Ukraine, and sanctions on parts of the economy ensue",
    when: { start: "2014", precision: "year" },
    entities: ["russia", "crimea", "ukraine"],
    dimension: "political",
    section: "section.three-dimensions",
    quote:
      "Even before Russian forces appeared in Crimea and Eastern Ukraine in 2014 and the ensuing sanctions imposed on parts of the economy",
  },
  {
    id: "event.eaeu-coordination",
    label: "Xi agrees to coordinate with Russia on Central Asian investments with the Eurasian Economic Union",
    when: { start: "2015", precision: "year" },
    entities: ["xi", "china", "russia", "central-asia", "eurasian-economic-union"],
    dimension: "political",
    section: "section.unequals",
    quote:
      "Perhaps in an effort to try to mitigate Russian concern in 2015, Xi agreed to coordinate with Russia on Central Asian investments with the Eurasian Economic Union.",
  },
]);

export const politicsQuotations = quotations([
  {
    id: "quote.sco-common-focus",
    text: "their common focus does not mean they are necessarily competing against each other. Rather, China and Russia share similar concerns about Eurasia's political stability and security, and similar overall objectives regarding what a future regional order should look like.",
    source: "source.sco-evidence",
    dimension: "political",
    section: "section.unequals",
    quote:
      'there is growing evidence that says, "their common focus does not mean they are necessarily competing against each other. Rather, China and Russia share similar concerns about Eurasia\'s political stability and security, and similar overall objectives regarding what a future regional order should look like."',
  },
]);

export const politicsClaims = claims([
  {
    id: "claim.before-2014",
    label:
      "Even before Crimea, Eastern Ukraine and the ensuing sanctions of 2014, Putin's Russia had begun closer economic and strategic collaboration with China",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "crimea", "ukraine", "putin"],
    section: "section.three-dimensions",
    when: { start: "2014", precision: "year", relation: "by" },
    quote:
      "Even before Russian forces appeared in Crimea and Eastern Ukraine in 2014 and the ensuing sanctions imposed on parts of the economy, Putin's Russia had begun closer economic and strategic collaboration with China.",
  },
  {
    id: "claim.mutual-convenience",
    label:
      "An axis of mutual convenience, at a time when relations with the United States were in sharp decline for both Russia and China",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "united-states"],
    section: "section.three-dimensions",
    quote:
      "This was an axis of mutual convenience, to be sure, and came at a time when relations with the United States were in sharp decline for both Russia and China.",
  },
  {
    id: "claim.amplified-influence",
    label:
      "Closer relations with China amplified the opportunities for Putin's Russia to project its global influence more broadly",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "putin"],
    section: "section.three-dimensions",
    quote:
      "But closer relations with China also had the effect of amplifying the opportunities for Putin's Russia to project its global influence more broadly.",
  },
  {
    id: "claim.friends-of-friends",
    label:
      "For Russia, not simply the enemy of my enemy being my friend: the trading partners of my friend can become my friends too",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china"],
    section: "section.three-dimensions",
    quote:
      "for Russia, it was not simply a matter of the enemy of my enemy being my friend, but also that the trading partners of my friend can become my friends too",
  },
  {
    id: "claim.global-south",
    label: "Russia and China have cooperated, or at least complemented, one another in much of the Global South",
    stance: "asserts",
    hedge: "or at least complemented",
    dimension: "political",
    entities: ["russia", "china", "global-south"],
    section: "section.three-dimensions",
    quote:
      "Russia and China have cooperated, or at least complemented, one another in terms of the opportunities and resources that they offer in much of the Global South.",
  },
  {
    id: "claim.weaker-partner",
    label: "It is often argued that Russia is the weaker partner and therefore expendable for China",
    stance: "reports",
    hedge: "It is often argued",
    dimension: "political",
    entities: ["russia", "china"],
    section: "section.unequals",
    quote: "It is often argued that Russia is the weaker partner and therefore expendable for China.",
  },
  {
    id: "claim.some-balance",
    label: "All of this helps to bring some balance to the relationship",
    stance: "infers",
    dimension: "political",
    entities: ["russia", "china"],
    section: "section.unequals",
    quote: "All of this helps to bring some balance to the relationship.",
  },
  {
    id: "claim.more-comity-than-conflict",
    label:
      "Facing a common rival in the United States, with complementary interests in much of the global south and east, there is more comity than conflict",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "united-states", "global-south"],
    section: "section.unequals",
    quote:
      "Further, in facing a common rival in the United States, and in having complementary as opposed to conflicting interests in much of the global south and east, there is more comity than conflict in the Sino-Russian relationship.",
  },
  {
    id: "claim.bri-competition",
    label:
      "Russia must compete with China in clear areas: the Belt and Road Initiative, and the possibility of pulling Russia's Central Asian partners out of its economic orbit",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "belt-and-road", "central-asia", "putin"],
    section: "section.unequals",
    quote:
      "there are clear areas where Putin's Russia must compete with China\u2014for example, with respect to the latter's Belt and Road Initiative (BRI) and the possibility of pulling Russia's Central Asian partners out of its economic orbit",
  },
  {
    id: "claim.eaeu-mitigate-concern",
    label:
      "Perhaps in an effort to mitigate Russian concern, Xi agreed in 2015 to coordinate with Russia on Central Asian investments",
    stance: "entertains",
    hedge: "Perhaps",
    dimension: "political",
    entities: ["xi", "china", "russia", "central-asia", "eurasian-economic-union"],
    section: "section.unequals",
    quote:
      "Perhaps in an effort to try to mitigate Russian concern in 2015, Xi agreed to coordinate with Russia on Central Asian investments with the Eurasian Economic Union.",
  },
  {
    id: "claim.sco-despite-predictions",
    label:
      "Despite predictions of conflict rather than coexistence, there is growing evidence that China and Russia are not necessarily competing",
    stance: "reports",
    hedge: "growing evidence",
    source: "source.sco-evidence",
    dimension: "political",
    entities: ["russia", "china", "sco"],
    section: "section.unequals",
    quote:
      'despite predictions of conflict rather than coexistence, there is growing evidence that says, "their common focus does not mean they are necessarily competing against each other.',
  },
  {
    id: "claim.sco-founded-jointly",
    label: "Russia and China jointly founded the Shanghai Cooperation Organization (SCO)",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "sco"],
    section: "section.unequals",
    quote: "Russia and China also jointly founded the Shanghai Cooperation Organization (SCO)",
  },
  {
    id: "claim.central-asia-cooperation",
    label:
      "So far, because of shared security interests, they have been able to cooperate more than compete even in Central Asia",
    stance: "asserts",
    hedge: "So far",
    dimension: "political",
    entities: ["russia", "china", "central-asia"],
    section: "section.unequals",
    quote:
      "So far, they have been able to cooperate more than compete even in Central Asia\u2014 where more people speak and read Russian than Mandarin and consume Russian media daily\u2014because of their shared security interests in the region.",
  },
  {
    id: "claim.central-asia-russian-language",
    label: "In Central Asia more people speak and read Russian than Mandarin and consume Russian media daily",
    stance: "asserts",
    dimension: "political",
    entities: ["central-asia", "russia", "china"],
    section: "section.unequals",
    quote: "where more people speak and read Russian than Mandarin and consume Russian media daily",
  },
  {
    id: "claim.northern-sea-route",
    label:
      "They have collaborated on the Northern Sea Route, with shared interests in exploring for new energy sources and in new, more direct trade routes",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "northern-sea-route", "arctic"],
    section: "section.unequals",
    quote:
      "They have also collaborated on the Northern Sea Route (NSR) through Russia's Arctic coastline, where they have shared interests in exploring for new energy sources as well as in forging new, more direct trade routes.",
  },
  {
    id: "claim.unsc-unison",
    label: "At the UN Security Council they vote almost in unison",
    stance: "asserts",
    hedge: "almost in unison",
    dimension: "political",
    entities: ["russia", "china", "un-security-council"],
    section: "section.unequals",
    quote: "they vote almost in unison",
  },
  {
    id: "claim.spheres-of-influence",
    label:
      "Both see the need to defend against American encroachment in their spheres of influence, and need allies for their territorial claims: the South China Sea, Ukraine",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "china", "united-states", "south-china-sea", "ukraine"],
    section: "section.unequals",
    quote:
      "Both have identified the need to defend against American encroachment in what each state views as its rightful sphere of influence, and they need allies who might support their respective territorial claims, in the South China Sea in China's case and in Ukraine in Russia's case.",
  },
  {
    id: "claim.eastern-southern-alignment",
    label:
      "China and India are also arguably part of a global eastern and southern alignment that increasingly sees the West, led by the United States, as a shared problem",
    stance: "entertains",
    hedge: "arguably",
    dimension: "political",
    entities: ["china", "india", "russia", "the-west", "united-states"],
    section: "section.leadership",
    quote:
      "But they are also arguably part of a global eastern and southern alignment that increasingly sees the West, led by the United States, as a shared problem in international relations.",
  },
]);

/** The asymmetry of Russia and China, measure by measure, as the essay weighs it. */
export const asymmetry = comparisons([
  {
    id: "compare.population-size",
    aspect: "Population size",
    label: "Russia's population is smaller than China's",
    basis: "stated",
    between: ["russia", "china"],
    advantage: "china",
    measure: "traditional",
    section: "section.unequals",
    quote: "Russia's population is smaller, but richer per capita than China's",
  },
  {
    id: "compare.military-spending",
    aspect: "Total military spending",
    label: "The asymmetry in total military spending, a traditional measure of power, is obviously true",
    basis: "implied",
    between: ["russia", "china"],
    advantage: "china",
    measure: "traditional",
    section: "section.unequals",
    quote:
      "The asymmetry in the traditional measures of global power (population size, total military spending, and GDP) is obviously true.",
  },
  {
    id: "compare.gdp",
    aspect: "GDP",
    label: "The asymmetry in GDP, a traditional measure of power, is obviously true",
    basis: "implied",
    between: ["russia", "china"],
    advantage: "china",
    measure: "traditional",
    section: "section.unequals",
    quote:
      "The asymmetry in the traditional measures of global power (population size, total military spending, and GDP) is obviously true.",
  },
  {
    id: "compare.wealth-per-capita",
    aspect: "Wealth per capita",
    label: "Russia's population is richer per capita than China's",
    basis: "stated",
    between: ["russia", "china"],
    advantage: "russia",
    measure: "overlooked",
    section: "section.unequals",
    quote: "Russia's population is smaller, but richer per capita than China's",
  },
  {
    id: "compare.nuclear-arsenal",
    aspect: "Nuclear arsenal",
    label: "Russia's nuclear arsenal is larger",
    basis: "stated",
    between: ["russia", "china"],
    advantage: "russia",
    measure: "overlooked",
    section: "section.unequals",
    quote: "its nuclear arsenal is larger",
  },
  {
    id: "compare.military-technology",
    aspect: "Military technology",
    label: "Russia's military technology is superior in many areas",
    basis: "stated",
    hedge: "in many areas",
    between: ["russia", "china"],
    advantage: "russia",
    measure: "overlooked",
    section: "section.unequals",
    quote: "its military technology is superior in many areas",
  },
  {
    id: "compare.energy-influence",
    aspect: "Influence in energy markets",
    label:
      "Russia has weighty influence in energy markets, with control and ownership of vast energy resources and networks",
    basis: "implied",
    between: ["russia", "china"],
    advantage: "russia",
    measure: "overlooked",
    section: "section.unequals",
    quote:
      "it has weighty influence in energy markets, including control and ownership of vast energy resources and energy transportation networks",
  },
]);
