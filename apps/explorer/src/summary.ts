// How a record looks where it is one of many: a card in the results, a row in a page's lists, a chip for an entity.
import {
  type DataRecord,
  dimensionOf,
  formatQualifiedValue,
  formatWhen,
  quoteOf,
  titleOf,
  whenOf,
} from "@alignment/data";
import { h, highlighted } from "./dom.ts";
import { DIMENSION_NAMES, ENTITY_TYPE_NAMES, KIND_NAMES } from "./labels.ts";
import { entityName, fold, namesOf } from "./records.ts";
import { recordHash } from "./route.ts";

/** The date of a record as the essay gives it, bound included ("since the mid-2000s", "by 2016"). */
export function whenText(r: DataRecord): string | undefined {
  const when = whenOf(r);
  if (when === undefined) return undefined;
  return formatWhen(when, { aggregation: r.kind === "figure" ? r.aggregation : undefined });
}

/** Kind, then what places the record: dimension and date, an entity's type, a section's place in the essay. */
export function metaLine(r: DataRecord): HTMLElement {
  const details: string[] = [];
  if (r.kind === "entity") details.push(ENTITY_TYPE_NAMES[r.type].one);
  if (r.kind === "section") details.push(`Part ${r.order + 1} of the essay`);
  const dimension = dimensionOf(r);
  if (dimension) details.push(DIMENSION_NAMES[dimension]);
  const when = whenText(r);
  if (when) details.push(when);
  return h(
    "p",
    { class: "meta" },
    h("span", { class: `kind kind-${r.kind}` }, KIND_NAMES[r.kind].one),
    details.map((d) => h("span", {}, d)),
  );
}

/**
 * A result card: what the record is, its value if it has one, and the essay's words, with search terms marked.
 * When a term matched only a name the record refers to (ESPO for "pipeline"), the card shows that name too.
 */
export function recordCard(r: DataRecord, terms: readonly string[]): HTMLLIElement {
  const quote = quoteOf(r);
  const shown = fold(`${titleOf(r)}\n${quote ?? ""}`);
  const unseen = terms.filter((term) => !shown.includes(term));
  const names = namesOf(r).filter((name) => unseen.some((term) => fold(name).includes(term)));
  return h(
    "li",
    { class: "card" },
    metaLine(r),
    h("h3", {}, h("a", { href: recordHash(r.id) }, highlighted(titleOf(r), terms, fold))),
    r.kind === "figure" && h("p", { class: "value" }, formatQualifiedValue(r)),
    quote && h("p", { class: "quote" }, highlighted(quote, terms, fold)),
    names.length > 0 && h("p", { class: "names" }, "Refers to ", highlighted(names.join(", "), terms, fold)),
  );
}

/** A one-line link to a record, with an optional note saying why it is listed. */
export function recordRow(r: DataRecord, note?: string): HTMLLIElement {
  const value = r.kind === "figure" ? formatQualifiedValue(r) : whenText(r);
  return h(
    "li",
    { class: "row" },
    h("span", { class: `kind kind-${r.kind}` }, KIND_NAMES[r.kind].one),
    h(
      "span",
      { class: "row-text" },
      h("a", { href: recordHash(r.id) }, titleOf(r)),
      value && h("span", { class: "row-value" }, ` \u2014 ${value}`),
      note && h("span", { class: "row-note" }, note),
    ),
  );
}

/** A link to an entity's page; the countries the essay compares wear their colour. */
export function entityChip(id: string): HTMLLIElement {
  return h("li", {}, h("a", { class: `chip entity-${id}`, href: recordHash(id) }, entityName(id)));
}
