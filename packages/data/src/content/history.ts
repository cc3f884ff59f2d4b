import { claims, events, quotations } from "./define.ts";

export const historyEvents = events([
  {
    id: "event.sino-soviet-united",
    label: "Communist China and the Soviet Union united in the battle against global capitalism",
    when: { start: "1950", end: "1960", precision: "decade" },
    entities: ["china", "soviet-union"],
    dimension: "history",
    section: "section.pragmatism",
    quote:
      "Communist China and the Soviet Union in the 1950s and 1960s were united in this battle against global capitalism.",
  },
  {
    id: "event.sino-soviet-break",
    label: "Sino-Soviet relations, progressively worse under Stalin and Mao, culminate in a break",
    when: { start: "1970", precision: "decade" },
    entities: ["soviet-union", "china", "stalin", "mao"],
    dimension: "history",
    section: "section.opening",
    quote:
      "Sino-Soviet relations that progressively worsened under Stalin and Mao, culminating in a break in the 1970s",
  },
  {
    id: "event.joint-declaration-1997",
    label:
      "Russian-Chinese Joint Declaration on a Multi-Polar World and the Establishment of a New International Order, cited in the essay's note",
    when: { start: "1997", precision: "year" },
    entities: ["russia", "china", "russian-foreign-ministry", "joint-declaration-1997"],
    dimension: "history",
    section: "section.notes",
    quote:
      'See "Russian-Chinese Joint Declaration on a Multi-Polar World and the Establishment of a New International Order," Ministry of Foreign Affairs of the Russian Federation, 1997',
  },
  // Happenings the essay narrates without a date: held without one rather than dated from outside the essay.
  {
    id: "event.xi-rise-to-power",
    label: "Xi's rise to power in Beijing",
    entities: ["xi", "china"],
    dimension: "leadership",
    section: "section.opening",
    quote: "Xi's rise to power in Beijing",
  },
  {
    id: "event.putin-return-to-kremlin",
    label: "Putin's return to the Kremlin",
    entities: ["putin", "russia"],
    dimension: "leadership",
    section: "section.opening",
    quote: "Putin's return to the Kremlin",
  },
  {
    id: "event.khrushchev-cuba",
    label: "Khrushchev's adventurism in Cuba, after which the Soviet Union pursued risk-averse policies",
    entities: ["khrushchev", "soviet-union", "cuba"],
    dimension: "history",
    section: "section.pragmatism",
    quote: "the Soviet Union, which pursued risk-averse policies, especially after Khrushchev's adventurism in Cuba",
  },
]);

export const historyQuotations = quotations([
  {
    id: "quote.westad-cold-war",
    text: "the Cold War was ... an unprecedented struggle for the soul of mankind.",
    speaker: "arne-westad",
    source: "source.westad",
    dimension: "history",
    section: "section.pragmatism",
    quote:
      "because of the capitalist versus communist component, \u201cthe Cold War was ... an unprecedented struggle for the soul of mankind.\u201d",
  },
]);

export const historyClaims = claims([
  {
    id: "claim.alignment-tighter",
    label:
      "Ever since Xi's rise to power and Putin's return to the Kremlin, Russia and China's military, political and economic realignment has grown tighter",
    stance: "asserts",
    dimension: "history",
    entities: ["russia", "china", "xi", "putin"],
    section: "section.opening",
    quote:
      "Ever since Xi's rise to power in Beijing and Putin's return to the Kremlin, Russia and China's military, political and economic realignment has grown tighter.",
  },
  {
    id: "claim.no-shared-ideology",
    label: "There is no shared ideological component in modern Chinese\u2013Russian relations",
    stance: "asserts",
    dimension: "history",
    entities: ["russia", "china"],
    section: "section.opening",
    quote:
      "The new alignment is all the more striking since there is no shared ideological component in modern Chinese-Russian relations.",
  },
  {
    id: "claim.pragmatic-relationship",
    label: "The blossoming relationship between Putin's Russia and contemporary China is pragmatic",
    stance: "asserts",
    dimension: "history",
    entities: ["russia", "china", "putin"],
    section: "section.opening",
    quote: "Instead, the blossoming relationship between Putin's Russia and contemporary China is pragmatic",
  },
  {
    id: "claim.boundaries-despite-no-limits",
    label:
      "Their leaders have described the partnership as one without limits, yet there are clearly some boundaries they will not cross",
    stance: "asserts",
    dimension: "political",
    entities: ["xi", "putin"],
    section: "section.opening",
    quote:
      "Although their two leaders have described the partnership as one without limits, there are clearly some boundaries that they will not cross.",
  },
  {
    id: "claim.china-invested-in-order",
    label:
      "China's economy makes it more invested in the post-World War II international order, the very order that Putin appears intent on disrupting",
    stance: "asserts",
    hedge: "appears",
    dimension: "political",
    entities: ["china", "putin"],
    section: "section.opening",
    quote:
      "Fundamentally, China's economy makes it more invested in the post-World War II international order\u2014the very order that Putin appears intent on disrupting.",
  },
  {
    id: "claim.soviet-ideology",
    label:
      "The USSR's grand strategy was based on ideology, and the spread of communism was a strong, motivating ideological force",
    stance: "asserts",
    dimension: "history",
    entities: ["soviet-union"],
    section: "section.pragmatism",
    quote:
      "Back then, the USSR's grand strategy was based on ideology and the spread of communism served as a strong, motivating ideological force.",
  },
  {
    id: "claim.influence-not-ideological",
    label: "Russia's drive for global influence in the 21st century is very different from the Soviet period",
    stance: "asserts",
    dimension: "history",
    entities: ["russia", "soviet-union"],
    section: "section.pragmatism",
    quote: "Russia's drive for global influence in the 21st century is very different from the Soviet period.",
  },
  {
    id: "claim.communist-bond",
    label:
      "Their leaderships' belief in the superiority of the communist system bonded China and the USSR in the global war against capitalism",
    stance: "asserts",
    dimension: "history",
    entities: ["china", "soviet-union"],
    section: "section.pragmatism",
    quote:
      "Their leaderships ardently believed in the superiority of the communist system for human development, and this belief bonded their countries in the global war against capitalism.",
  },
  {
    id: "claim.ambitions-without-ideology",
    label: "Moscow's ambitions today bear little resemblance to the ideology that determined Soviet foreign policy",
    stance: "asserts",
    dimension: "history",
    entities: ["russia", "soviet-union"],
    section: "section.pragmatism",
    quote:
      "By contrast, Moscow's ambitions today bear little resemblance to the ideology that determined Soviet foreign policy.",
  },
  {
    id: "claim.conservative-leader",
    label:
      "Under Putin, Russia has attempted to present itself as the leader of socially conservative regimes opposed to the excesses of liberal democracy and to American global aggression",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "putin", "united-states"],
    section: "section.pragmatism",
    quote:
      "Under Putin's leadership, Russia has attempted to present itself as the leader of a group of socially conservative regimes opposed to the excesses of liberal democracy and to American global aggression.",
  },
  {
    id: "claim.in-step-with-xi",
    label: "Under Putin's leadership, Russia is not far out of step with Xi's vision for China",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "putin", "xi", "china"],
    section: "section.pragmatism",
    quote: "In this way, under Putin's leadership, Russia is not far out of step with Xi's vision for China.",
  },
  {
    id: "claim.pragmatic-and-flexible",
    label:
      "This vision is almost purely pragmatic, not ideological, and the bond may be more flexible should global conditions change",
    stance: "asserts",
    hedge: "almost purely",
    dimension: "political",
    entities: ["russia", "china", "xi"],
    section: "section.pragmatism",
    quote:
      "Still, this vision is almost purely pragmatic\u2014not ideological, and the bond between the countries may be more flexible should global conditions change.",
  },
  {
    id: "claim.risky-behaviour",
    label:
      "Putin's Russia has engaged in risky behavior abroad, in sharp contrast to the Soviet Union's risk-averse policies after Khrushchev's adventurism in Cuba",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "putin", "soviet-union", "khrushchev", "cuba"],
    section: "section.pragmatism",
    quote:
      "Putin's Russia has also engaged in risky behavior as it tries to establish a renewed presence abroad\u2014again, in sharp contrast to the Soviet Union, which pursued risk-averse policies, especially after Khrushchev's adventurism in Cuba.",
  },
  {
    id: "claim.opposes-american-interests",
    label:
      "Russia's worldwide web of contacts is frequently in direct opposition to American interests and injects unpredictability into the global order",
    stance: "asserts",
    dimension: "political",
    entities: ["russia", "united-states"],
    section: "section.pragmatism",
    quote:
      "By extending its web of political, economic, and strategic contacts in new and distinct ways worldwide, Russia is frequently in direct opposition to American interests and injects unpredictability into the global order.",
  },
  {
    id: "claim.strain-on-coalition",
    label:
      "This element too might further strain Russia's coalition with China, since China has benefitted from the postwar economic system",
    stance: "entertains",
    hedge: "might",
    dimension: "political",
    entities: ["russia", "china", "putin"],
    section: "section.pragmatism",
    quote:
      "This element too might further strain Russia's coalition with China since China has benefitted from membership in the postwar economic system.",
  },
  {
    id: "claim.divergent-views-of-order",
    label:
      "Putin sees the post-Cold War settlement as bad for Russia and good only for the West; China sees benefit in the stability of at least the economic components of that international system",
    stance: "asserts",
    hedge: "at least the economic components",
    dimension: "political",
    entities: ["putin", "russia", "the-west", "china", "cold-war"],
    section: "section.pragmatism",
    quote:
      "Where Putin sees the post-Cold War settlement as having been bad for Russia, and good only for the West, China sees benefit in maintaining the stability of at least the economic components of the very international system that Putin is intent on disrupting.",
  },
]);
