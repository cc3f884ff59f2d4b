import { claims, events, figures, quotations } from "./define.ts";

export const leaderFigures = figures([
  {
    id: "meetings.xi-putin",
    label: "Meetings between Xi and Putin",
    value: 43,
    unit: "count",
    counts: "meetings",
    qualifier: "estimated",
    when: { start: "2026-03", precision: "month", relation: "as-of" },
    subjects: ["xi", "putin"],
    dimension: "leadership",
    section: "section.opening",
    quote:
      "Indeed, estimates are that Xi and Putin have met with one another more than they have with any other leaders in the world: an estimated 43 times at the time of writing.",
  },
]);

export const leaderEvents = events([
  {
    id: "event.order-of-st-andrew",
    label: "Putin bestows upon Xi the Russian Order of St. Andrew the Apostle",
    when: { start: "2017", precision: "year" },
    entities: ["putin", "xi", "order-of-st-andrew", "russia"],
    dimension: "leadership",
    section: "section.leadership",
    quote:
      'in 2017 Putin bestowed upon Xi the Russian "Order of St. Andrew the Apostle," Russia\'s highest award for prominent statesmen and citizens',
  },
  {
    id: "event.friendship-medal",
    label: "Xi awards Putin China's first ever Friendship Medal",
    when: { start: "2018", precision: "year" },
    entities: ["xi", "putin", "friendship-medal", "china"],
    dimension: "leadership",
    section: "section.leadership",
    quote: 'A year later, Xi awarded Putin China\'s first ever "Friendship Medal,"',
  },
]);

export const leaderQuotations = quotations([
  {
    id: "quote.xi-best-friend",
    text: "President Putin is a good and old friend of the Chinese people. He is my best, most intimate friend.",
    speaker: "xi",
    context: "on live Chinese state television",
    footnote: 1,
    dimension: "leadership",
    section: "section.leadership",
    quote:
      'declaring on live Chinese state television that "President Putin is a good and old friend of the Chinese people. He is my best, most intimate friend."',
  },
]);

export const leaderClaims = claims([
  {
    id: "claim.met-more-than-any-leaders",
    label:
      "Estimates are that Xi and Putin have met with one another more than they have with any other leaders in the world",
    stance: "reports",
    hedge: "estimates are that",
    dimension: "leadership",
    entities: ["xi", "putin"],
    section: "section.opening",
    quote:
      "estimates are that Xi and Putin have met with one another more than they have with any other leaders in the world",
  },
  {
    id: "claim.leaders-alike",
    label:
      "Autocrats who bestowed lifetime appointments upon themselves, close in age, with not dissimilar life experiences, Xi and Putin share a vision of the postwar global order",
    stance: "asserts",
    hedge: "not dissimilar",
    dimension: "leadership",
    entities: ["xi", "putin"],
    section: "section.leadership",
    quote:
      "As autocrats who have bestowed lifetime appointments upon themselves, are close in age, and have not dissimilar life experiences, Xi and Putin have a shared vision of the postwar global order.",
  },
  {
    id: "claim.multipolar-world",
    label: "Most importantly, they agree that the world must be multipolar, not dominated by the United States",
    stance: "asserts",
    dimension: "leadership",
    entities: ["xi", "putin", "united-states"],
    section: "section.leadership",
    quote: "Most importantly, they agree that the world must be multipolar, not dominated by the United States.",
  },
  {
    id: "claim.exceptional-roles",
    label:
      "They share a vision of a new global order that recognizes the \u201cexceptional\u201d roles of their two countries",
    stance: "asserts",
    dimension: "leadership",
    entities: ["xi", "putin", "russia", "china"],
    section: "section.leadership",
    quote:
      'They share a vision of a new global order that recognizes the "exceptional" roles of their two countries in the emerging international system.',
  },
  {
    id: "claim.declared-friendship",
    label:
      "To the extent that personal relationships between leaders matter, Xi and Putin have publicly declared their close friendship",
    stance: "asserts",
    hedge: "To the extent that",
    dimension: "leadership",
    entities: ["xi", "putin"],
    section: "section.leadership",
    quote:
      "To the extent that personal relationships between leaders matter in international politics, Xi and Putin have publicly declared their close friendship",
  },
  {
    id: "claim.rapprochement-serves-russia",
    label:
      "Russia's rapprochement with China ultimately serves Russia well in enabling the continued invasion of Ukraine",
    stance: "asserts",
    dimension: "leadership",
    entities: ["russia", "china", "ukraine", "war-in-ukraine"],
    section: "section.leadership",
    quote:
      "While Russia's rapprochement with China ultimately serves Russia well in enabling the continued invasion of Ukraine",
  },
  {
    id: "claim.ever-closer-trajectory",
    label:
      "It is important to see the relationship as on an ever-closer trajectory along military, economic and diplomatic dimensions",
    stance: "asserts",
    dimension: "leadership",
    entities: ["russia", "china", "ukraine"],
    section: "section.leadership",
    quote:
      "While Russia's rapprochement with China ultimately serves Russia well in enabling the continued invasion of Ukraine, it is important to see the relationship as on an ever-closer trajectory of relations along military, economic and diplomatic dimensions.",
  },
]);
