// One record's page, at #/fact/<id>: everything the dataset says about it, the essay's words and where they stand,
// what it cites and names, how a derived figure is computed, the versions that added and changed it, how to cite
// it, and where to read next.

import history from "virtual:record-history";
import {
  allRecords,
  byEntity,
  bySection,
  type DataRecord,
  dataset,
  dimensionOf,
  type EntityId,
  entitiesOf,
  type Figure,
  formatQualifiedValue,
  formatStance,
  formatStatement,
  formatValue,
  formatWhen,
  formulas,
  inputsOf,
  quoteOf,
  type SectionId,
  section,
  sourceOf,
  titleOf,
  units,
} from "@alignment/data";
import { version } from "@alignment/data/package.json";
import { CHANGELOG_URL, citation } from "./cite.ts";
import { h } from "./dom.ts";
import type { Bump } from "./history.ts";
import { DIMENSION_NAMES, ENTITY_TYPE_NAMES, KIND_NAMES, PRECISION_NAMES } from "./labels.ts";
import { derivedUsing, entityName, NO_FILTERS, relatedTo } from "./records.ts";
import { filtersHash, recordHash } from "./route.ts";
import { entityChip, metaLine, recordRow, whenText } from "./summary.ts";

type Fact = [term: string, ...description: (Node | string)[]];

function factList(facts: (Fact | false | "" | undefined)[]): HTMLDListElement {
  return h(
    "dl",
    { class: "facts" },
    facts.map((fact) => fact && h("div", {}, h("dt", {}, fact[0]), h("dd", {}, fact.slice(1)))),
  );
}

function link(r: DataRecord): HTMLAnchorElement {
  return h("a", { href: recordHash(r.id) }, titleOf(r));
}

function block(title: string, ...content: (Node | string | false | undefined)[]): HTMLElement {
  const id = `part-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return h("section", { class: "block", "aria-labelledby": id }, h("h2", { id }, title), content);
}

function rows(records: readonly DataRecord[], note?: (r: DataRecord) => string): HTMLUListElement {
  return h(
    "ul",
    { class: "rows" },
    records.map((r) => recordRow(r, note?.(r))),
  );
}

/** Where the quote stands in the essay's text, for anyone checking it against source/essay.txt. */
function locatorFact(r: DataRecord): Fact | undefined {
  if (!("locator" in r) || r.locator === undefined) return undefined;
  const { paragraph, start, end } = r.locator;
  return ["Where in the essay", `Paragraph ${paragraph}, characters ${start}\u2013${end} of its text`];
}

const hedgeFact = (hedge: string | undefined): Fact | undefined =>
  hedge === undefined ? undefined : ["Hedge", `\u201c${hedge}\u201d, in the essay\u2019s words`];

/** Facts proper to each kind; every kind's page adds the quote, entities and related records around them. */
function facts(r: DataRecord): HTMLDListElement {
  const dimension = dimensionOf(r);
  const dimensionFact: Fact | undefined = dimension && ["Dimension", DIMENSION_NAMES[dimension]];
  switch (r.kind) {
    case "figure":
      return factList([
        ["Value", formatQualifiedValue(r)],
        ["Unit", units[r.unit].label, r.counts ? ` (${r.counts})` : ""],
        ["Date", whenText(r) ?? ""],
        ["Precision", PRECISION_NAMES[r.when.precision]],
        r.aggregation && [
          "Over the period",
          r.aggregation === "total" ? "A total over the whole period" : "The change between the period's two ends",
        ],
        [
          "Qualifier",
          r.qualifier ? `\u201c${r.qualifier}\u201d, as the essay hedges it` : "none: the essay states it as exact",
        ],
        dimensionFact,
        [
          "Origin",
          r.origin === "essay"
            ? "Stated in the essay"
            : "Computed from figures the essay states, to their precision; the essay does not state it",
        ],
        r.origin === "derived" && r.caveat !== undefined && ["Caveat", r.caveat],
        locatorFact(r),
      ]);
    case "event":
      return factList([
        ["Date", whenText(r) ?? "Not dated by the essay"],
        r.when && ["Precision", PRECISION_NAMES[r.when.precision]],
        r.qualifier && ["Qualifier", `\u201c${r.qualifier}\u201d, as the essay hedges it`],
        dimensionFact,
        locatorFact(r),
      ]);
    case "entity":
      return factList([
        ["Type", ENTITY_TYPE_NAMES[r.type].one],
        ["Name", r.name],
        r.shortName && ["Short name", r.shortName],
        r.description && ["The essay calls it", r.description],
        locatorFact(r),
      ]);
    case "source":
      return factList([
        r.title && ["Title", r.title],
        r.authors && ["Authors", r.authors.join(", ")],
        r.editors && ["Editors", r.editors.join(", ")],
        r.publisher && ["Publisher", r.publisher],
        r.published && ["Published", formatWhen(r.published)],
        r.footnote !== undefined && ["Footnote", `Cited in the essay\u2019s note ${r.footnote}`],
        r.unnamed && ["Named?", "The essay points to it through a link, without naming the work."],
        locatorFact(r),
      ]);
    case "quotation":
      return factList([
        r.speaker && ["Speaker", h("a", { href: recordHash(r.speaker) }, entityName(r.speaker))],
        r.context && ["Said", r.context],
        r.footnote !== undefined && ["Footnote", `The essay\u2019s note ${r.footnote} follows these words`],
        dimensionFact,
        locatorFact(r),
      ]);
    case "claim":
      return factList([
        ["Stance", formatStance(r.stance)],
        hedgeFact(r.hedge),
        r.when && ["Date", whenText(r) ?? ""],
        dimensionFact,
        locatorFact(r),
      ]);
    case "comparison":
      return factList([
        ["Between", r.between.map(entityName).join(" and ")],
        ["Ahead", entityName(r.advantage)],
        [
          "Basis",
          r.basis === "stated"
            ? "The essay states which side is ahead"
            : "The essay implies which side is ahead, without stating it measure by measure",
        ],
        hedgeFact(r.hedge),
        [
          "Measure",
          r.measure === "traditional" ? "A traditional measure of power" : "A measure of power often overlooked",
        ],
        locatorFact(r),
      ]);
    case "section":
      return factList([
        r.heading ? ["Heading", r.heading] : ["Heading", "none (the essay\u2019s opening)"],
        ["Place", `Part ${r.order + 1} of ${dataset.sections.length}`],
      ]);
  }
}

function quoteBlock(r: DataRecord): HTMLElement | undefined {
  const quote = quoteOf(r);
  if (quote === undefined || r.kind === "section") return undefined;
  const home = section(r.section as SectionId);
  return block(
    "In the essay\u2019s words",
    h("blockquote", { class: "essay-quote" }, h("p", {}, quote)),
    h(
      "p",
      { class: "cite" },
      "From the essay\u2019s section ",
      h("a", { href: recordHash(home.id) }, home.heading ?? home.label),
      ".",
    ),
  );
}

/** The inputs, the formula with its letters, and the result: enough to redo the arithmetic by hand. */
function derivation(f: Figure): HTMLElement | undefined {
  if (f.origin !== "derived") return undefined;
  const inputs = inputsOf(f);
  const letters = ["a", "b", "c", "d"];
  return block(
    "How it is computed",
    h("p", {}, "This figure is not stated in the essay: it is computed from figures that are."),
    h(
      "table",
      { class: "inputs" },
      h("caption", { class: "visually-hidden" }, "Inputs of the formula"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Input"),
          h("th", { scope: "col" }, "Figure"),
          h("th", { scope: "col" }, "Value"),
        ),
      ),
      h(
        "tbody",
        {},
        inputs.map((input, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, h("var", {}, letters[i] ?? String(i + 1))),
            h("td", {}, link(input)),
            h("td", { class: "number" }, formatQualifiedValue(input)),
          ),
        ),
      ),
    ),
    h(
      "p",
      { class: "formula" },
      "Formula: ",
      h("code", {}, formulas[f.formula]),
      f.qualifier === "about" ? " \u2248 " : " = ",
      h("strong", {}, formatValue(f)),
      f.qualifier === "about" ? ", rounded to the significant digits of the less precise input" : "",
    ),
  );
}

function sourceBlock(r: DataRecord): HTMLElement | undefined {
  const id = sourceOf(r);
  if (id === undefined) return undefined;
  const cited = allRecords().find((s) => s.id === id);
  return block("Cited source", h("p", {}, cited ? link(cited) : id));
}

function entitiesBlock(r: DataRecord): HTMLElement | undefined {
  const ids = entitiesOf(r);
  if (ids.length === 0) return undefined;
  return block("Entities", h("ul", { class: "chips" }, ids.map(entityChip)));
}

/** The records a page lists in full: those naming an entity, in a section, citing a source, using a figure. */
function membersBlock(r: DataRecord): HTMLElement | undefined {
  switch (r.kind) {
    case "entity": {
      const naming = byEntity(r.id as EntityId);
      return block(
        `Records naming ${r.name} (${naming.length})`,
        h(
          "p",
          {},
          h("a", { href: filtersHash("list", { ...NO_FILTERS, entity: r.id }) }, "Show them in the list"),
          " to search, filter or download them.",
        ),
        rows(naming),
      );
    }
    case "section": {
      const members = bySection(r.id as SectionId);
      return block(`Records in this section (${members.length})`, rows(members));
    }
    case "source": {
      const citing = allRecords().filter((other) => sourceOf(other) === r.id);
      return citing.length > 0 ? block("Records citing this source", rows(citing)) : undefined;
    }
    case "figure": {
      const uses = derivedUsing(r);
      return uses.length > 0 ? block("Used to compute", rows(uses)) : undefined;
    }
    default:
      return undefined;
  }
}

function relatedBlock(r: DataRecord): HTMLElement | undefined {
  if (r.kind === "entity" || r.kind === "section") return undefined;
  const related = relatedTo(r);
  if (related.length === 0) return undefined;
  const reasons = new Map(related.map(({ record, reason }) => [record.id, reason]));
  return block(
    "Related records",
    rows(
      related.map(({ record }) => record),
      (other) => reasons.get(other.id) ?? "",
    ),
  );
}

/** "label, when and locator" */
function fieldList(fields: readonly string[]): string {
  return fields.length < 2 ? fields.join("") : `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}`;
}

const BUMP_WORDS: Record<Bump, string> = {
  patch: "a correction",
  minor: "an addition",
  major: "a breaking change",
};

/** The version that added the record and each that changed it, from the data's changelog and released snapshot. */
function historyBlock(r: DataRecord): HTMLElement {
  const own = history.records[r.id];
  const added =
    own?.added === undefined
      ? `Added after version ${history.latest}: no released version holds it yet.`
      : `Added in version ${own.added}${own.added === history.first ? ", the data\u2019s first release" : ""}.`;
  return block(
    "History",
    h(
      "ul",
      { class: "history" },
      h("li", {}, added),
      own?.changed.map((c) =>
        h("li", {}, `Changed in version ${c.version}: its ${fieldList(c.fields)} (${BUMP_WORDS[c.bump]}).`),
      ),
      own?.pending === "changed" &&
        h("li", {}, `Changed after version ${history.latest}: the change is in no released version yet.`),
    ),
    h(
      "p",
      { class: "history-source" },
      "From the ",
      h("a", { href: CHANGELOG_URL }, "changelog of @alignment/data"),
      ", which lists every change of every version.",
    ),
  );
}

function citeBlock(r: DataRecord): HTMLElement {
  return block("Cite this", h("p", { class: "cite-this" }, citation(r.id, version)));
}

/** What a slide shows of the record, where it says more than the heading: a value with its date, a dated event. */
function statementLine(r: DataRecord): HTMLElement | undefined {
  const statement = formatStatement(r, { inputs: r.kind === "figure" ? inputsOf(r) : [] });
  return statement === titleOf(r) ? undefined : h("p", { class: "statement" }, statement);
}

export function recordPage(r: DataRecord, backHash: string): { element: HTMLElement; heading: HTMLHeadingElement } {
  const heading = h("h1", { tabindex: "-1" }, titleOf(r));
  const side = [sourceBlock(r), entitiesBlock(r), relatedBlock(r)].filter((b) => b !== undefined);
  const element = h(
    "article",
    { class: `record record-${r.kind}` },
    h("p", { class: "back" }, h("a", { href: backHash }, "\u2190 All records")),
    h(
      "header",
      { class: "record-head" },
      metaLine(r),
      heading,
      r.kind === "figure" && h("p", { class: "headline-value" }, formatQualifiedValue(r)),
      statementLine(r),
      h("p", { class: "record-id" }, `${KIND_NAMES[r.kind].one} id `, h("code", {}, r.id)),
    ),
    h(
      "div",
      { class: side.length > 0 ? "record-columns" : "record-columns single" },
      h(
        "div",
        { class: "record-main" },
        quoteBlock(r),
        r.kind === "figure" && derivation(r),
        block("Details", facts(r)),
        membersBlock(r),
        historyBlock(r),
        citeBlock(r),
      ),
      side.length > 0 &&
        h("aside", { class: "record-side", "aria-label": "Source, entities and related records" }, side),
    ),
  );
  return { element, heading };
}

export function missingPage(what: string, version: string): { element: HTMLElement; heading: HTMLHeadingElement } {
  const heading = h("h1", { tabindex: "-1" }, "No record here");
  const element = h(
    "article",
    { class: "record" },
    heading,
    h("p", {}, `The address asks for \u201c${what}\u201d, which version ${version} of the data does not hold.`),
    h("p", {}, h("a", { href: "#/" }, "See all records")),
  );
  return { element, heading };
}
