import { sources as defineSources } from "./define-names.ts";

/**
 * The works and bodies the essay cites. Several are cited only through a link whose target the essay's text does
 * not name; they are marked `unnamed` rather than guessed at.
 */
export const sources = defineSources([
  {
    id: "source.sipri",
    label: "SIPRI",
    section: "section.three-dimensions",
    quote: "According to SIPRI, about 12% of Russia's weapons sales went to China",
  },
  {
    id: "source.westad",
    label: "Arne Westad, in a work the essay links to without naming it",
    authors: ["Arne Westad"],
    unnamed: true,
    section: "section.pragmatism",
    quote: "As Arne Westad has written",
  },
  {
    id: "source.joint-training",
    label: "A source the essay quotes, through a link that names no work",
    unnamed: true,
    section: "section.three-dimensions",
    quote: "They are taking part in joint training",
  },
  {
    id: "source.authoritarian-peace",
    label: "An argument the essay links to, without naming it",
    unnamed: true,
    section: "section.three-dimensions",
    quote: "One could argue that there is even an \u201cauthoritarian peace\u201d dynamic",
  },
  {
    id: "source.pos2-analysis",
    label: "An analysis the essay quotes, without naming it",
    unnamed: true,
    section: "section.three-dimensions",
    quote: "As one analysis notes",
  },
  {
    id: "source.sco-evidence",
    label: "Evidence the essay quotes, without naming its source",
    unnamed: true,
    section: "section.unequals",
    quote: "there is growing evidence that says",
  },
  {
    id: "source.joint-declaration-1997",
    label: "Russian-Chinese Joint Declaration (1997)",
    title:
      "Russian-Chinese Joint Declaration on a Multi-Polar World and the Establishment of a New International Order",
    publisher: "Ministry of Foreign Affairs of the Russian Federation",
    published: { start: "1997", precision: "year" },
    footnote: 1,
    section: "section.notes",
    quote:
      'See "Russian-Chinese Joint Declaration on a Multi-Polar World and the Establishment of a New International Order," Ministry of Foreign Affairs of the Russian Federation, 1997',
  },
  {
    id: "source.saalman-2017",
    label: "Saalman (ed.), SIPRI, 2017",
    title: "China-Russia Relations and Regional Dynamics: From Pivots to Peripheral Diplomacy",
    editors: ["Lora Saalman"],
    publisher: "SIPRI",
    footnote: 1,
    published: { start: "2017-03", precision: "month" },
    section: "section.notes",
    quote:
      "Lora Saalman, editor, China-Russia Relations and Regional Dynamics: From Pivots to Peripheral Diplomacy, SIPRI, March 2017.",
  },
]);

export type SourceId = (typeof sources)[number]["id"];
