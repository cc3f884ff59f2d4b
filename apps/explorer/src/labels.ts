// Words for the data's vocabularies. Typed by the vocabularies themselves, so a kind, dimension or entity type
// added to the data package fails to compile here until it has a name.
import type { Dimension, EntityType, Precision, RecordKind } from "@alignment/data";

export const KIND_NAMES: Record<RecordKind, { one: string; many: string }> = {
  section: { one: "Section", many: "Sections" },
  source: { one: "Source", many: "Sources" },
  entity: { one: "Entity", many: "Entities" },
  figure: { one: "Figure", many: "Figures" },
  event: { one: "Event", many: "Events" },
  quotation: { one: "Quotation", many: "Quotations" },
  claim: { one: "Claim", many: "Claims" },
  comparison: { one: "Comparison", many: "Comparisons" },
};

export const DIMENSION_NAMES: Record<Dimension, string> = {
  political: "Political",
  economic: "Economic",
  defense: "Defense",
  leadership: "Leadership",
  history: "History",
};

export const PRECISION_NAMES: Record<Precision, string> = {
  day: "To the day",
  month: "To the month",
  year: "To the year",
  decade: "To the decade",
};

export const ENTITY_TYPE_NAMES: Record<EntityType, { one: string; many: string }> = {
  country: { one: "Country", many: "Countries" },
  leader: { one: "Leader", many: "Leaders" },
  person: { one: "Person", many: "People" },
  organisation: { one: "Organisation", many: "Organisations" },
  initiative: { one: "Initiative", many: "Initiatives" },
  pipeline: { one: "Pipeline", many: "Pipelines" },
  weapon: { one: "Weapon", many: "Weapons" },
  exercise: { one: "Military exercise", many: "Military exercises" },
  award: { one: "Award", many: "Awards" },
  route: { one: "Route", many: "Routes" },
  agreement: { one: "Agreement", many: "Agreements" },
  region: { one: "Region", many: "Regions" },
  conflict: { one: "Conflict", many: "Conflicts" },
};

export function count(n: number, noun: { one: string; many: string }): string {
  return `${n.toLocaleString("en-US")} ${(n === 1 ? noun.one : noun.many).toLowerCase()}`;
}
