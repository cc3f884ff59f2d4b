import { version } from "../package.json";
import {
  defenseClaims,
  defenseDerivedFigures,
  defenseEvents,
  defenseFigures,
  defenseQuotations,
} from "./content/defense.ts";
import {
  economyClaims,
  economyDerivedFigures,
  economyEvents,
  economyFigures,
  economyQuotations,
} from "./content/economy.ts";
import { entities } from "./content/entities.ts";
import { meta, sections } from "./content/essay.ts";
import { historyClaims, historyEvents, historyQuotations } from "./content/history.ts";
import { leaderClaims, leaderEvents, leaderFigures, leaderQuotations } from "./content/leaders.ts";
import { asymmetry, politicsClaims, politicsEvents, politicsFigures, politicsQuotations } from "./content/politics.ts";
import { sources } from "./content/sources.ts";
import type { Collection } from "./kinds.ts";
import type { Meta } from "./schema.ts";

const figures = [
  ...leaderFigures,
  ...defenseFigures,
  ...defenseDerivedFigures,
  ...economyFigures,
  ...economyDerivedFigures,
  ...politicsFigures,
];
const events = [...historyEvents, ...defenseEvents, ...economyEvents, ...politicsEvents, ...leaderEvents];
const quotations = [
  ...historyQuotations,
  ...defenseQuotations,
  ...economyQuotations,
  ...politicsQuotations,
  ...leaderQuotations,
];
const claims = [...historyClaims, ...defenseClaims, ...economyClaims, ...politicsClaims, ...leaderClaims];

export type SectionId = (typeof sections)[number]["id"];
export type SourceId = (typeof sources)[number]["id"];
export type EntityId = (typeof entities)[number]["id"];
export type FigureId = (typeof figures)[number]["id"];
export type EventId = (typeof events)[number]["id"];
export type QuotationId = (typeof quotations)[number]["id"];
export type ClaimId = (typeof claims)[number]["id"];
export type ComparisonId = (typeof asymmetry)[number]["id"];
export type RecordId = SectionId | SourceId | EntityId | FigureId | EventId | QuotationId | ClaimId | ComparisonId;

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

const assembled = {
  /** The data version: the version of @alignment/data that holds this dataset. */
  version,
  meta: meta as Meta,
  sections,
  sources,
  entities,
  figures,
  events,
  quotations,
  claims,
  comparisons: asymmetry,
} satisfies { version: string; meta: Meta } & Record<Collection, readonly unknown[]>;

export type Dataset = DeepReadonly<typeof assembled>;

/** The whole dataset, deeply frozen: every record of the essay, by kind. Validated at build time and in tests. */
export const dataset: Dataset = deepFreeze(assembled);
