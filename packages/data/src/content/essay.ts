// The essay itself, the bottom layer of the content: its metadata and its sections, which refer to nothing, so this
// file imports no other content constructor (define-names.ts and define.ts build on the section ids it gives).
import type { Meta, Section } from "../schema.ts";
import { essaySha256 } from "./locators.ts";

function defineSections<Id extends string>(
  list: (Omit<Section, "kind" | "id"> & { id: Id })[],
): (Section & { id: Id })[] {
  return list.map((r) => ({ kind: "section", ...r }));
}

export const meta: Meta = {
  title: "Contemporary China-Russia-North Korea Alignment",
  subtitle: "Not Always Together, But Never That Far Apart",
  author: "Kathryn Stoner",
  affiliation: "Stanford University",
  published: { start: "2026-03", precision: "month" },
  scopeNotes: [
    "The title names North Korea, but the essay's text does not discuss it: the dataset holds North Korea only as an entity named in the title, with no figures, events or claims.",
  ],
  essaySha256,
};

/** The essay's sections in reading order. The opening has no heading of its own. */
export const sections = defineSections([
  { id: "section.opening", order: 0, label: "Opening" },
  { id: "section.pragmatism", order: 1, heading: "Pragmatism, Not Ideology", label: "Pragmatism, Not Ideology" },
  {
    id: "section.three-dimensions",
    order: 2,
    heading: "Realignment Along Three Dimensions: Political, Economic and Defense",
    label: "Three Dimensions",
  },
  { id: "section.unequals", order: 3, heading: "A Relationship of Unequals?", label: "A Relationship of Unequals?" },
  {
    id: "section.leadership",
    order: 4,
    heading: "The Xi-Putin Connection: Does Leadership Matter?",
    label: "The Xi-Putin Connection",
  },
  { id: "section.notes", order: 5, label: "Notes" },
]);

export type SectionId = (typeof sections)[number]["id"];
