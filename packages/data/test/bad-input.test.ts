import { describe, expect, it } from "vitest";
import { DatasetError, type DatasetShape, parseDataset } from "../src/schema.ts";
import { copyOfDataset, essay } from "./support/essay.ts";

type Data = DatasetShape;
// Defects are written the way a hand-edited JSON file would carry them, so the copy is reached untyped.
type Loose = Record<string, unknown>;

function find(data: Data, id: string): Loose {
  for (const list of [
    data.sections,
    data.sources,
    data.entities,
    data.figures,
    data.events,
    data.quotations,
    data.claims,
    data.comparisons,
  ]) {
    const found = (list as { id: string }[]).find((r) => r.id === id);
    if (found) return found as unknown as Loose;
  }
  throw new Error(`test setup: no record ${id}`);
}

interface Defect {
  name: string;
  spoil: (data: Data) => void;
  record: string;
  field: string;
  message: RegExp;
  withEssay?: true;
}

const defects: Defect[] = [
  // Wrong types and missing fields
  {
    name: "a value written as a string",
    spoil: (d) => {
      find(d, "border.length").value = "4,200";
    },
    record: "border.length",
    field: "value",
    message: /expected number/,
  },
  {
    name: "subjects as a single string",
    spoil: (d) => {
      find(d, "trade.bilateral.2016").subjects = "russia";
    },
    record: "trade.bilateral.2016",
    field: "subjects",
    message: /expected array/,
  },
  {
    name: "a boolean flag written as text",
    spoil: (d) => {
      find(d, "source.westad").unnamed = "yes";
    },
    record: "source.westad",
    field: "unnamed",
    message: /expected boolean/,
  },
  {
    name: "a quoted figure without its quote",
    spoil: (d) => {
      delete find(d, "power-of-siberia.capacity").quote;
    },
    record: "power-of-siberia.capacity",
    field: "quote",
    message: /expected string/,
  },
  {
    name: "a claim without its quote",
    spoil: (d) => {
      delete find(d, "claim.weaker-partner").quote;
    },
    record: "claim.weaker-partner",
    field: "quote",
    message: /expected string/,
  },
  {
    name: "a whole collection missing",
    spoil: (d) => {
      delete (d as unknown as Loose).comparisons;
    },
    record: "comparisons",
    field: "",
    message: /expected array/,
  },
  // Quotes that are not the essay's words
  {
    name: "a quote the essay does not contain",
    spoil: (d) => {
      find(d, "claim.weaker-partner").quote = "It is often argued that Russia is the stronger partner.";
    },
    record: "claim.weaker-partner",
    field: "quote",
    message: /does not occur verbatim in the essay/,
    withEssay: true,
  },
  {
    name: "a figure's quote with a changed number",
    spoil: (d) => {
      find(d, "border.length").quote = "has moved far beyond their shared 4,300 km border";
    },
    record: "border.length",
    field: "quote",
    message: /does not occur verbatim in the essay/,
    withEssay: true,
  },
  {
    name: "a section heading the essay does not have",
    spoil: (d) => {
      find(d, "section.unequals").heading = "A Relationship of Equals?";
    },
    record: "section.unequals",
    field: "heading",
    message: /does not occur verbatim in the essay/,
    withEssay: true,
  },
  {
    name: "a quotation whose words are not in its quote",
    spoil: (d) => {
      find(d, "quote.xi-best-friend").text = "President Putin is my oldest friend.";
    },
    record: "quote.xi-best-friend",
    field: "text",
    message: /must stand inside the record's quote/,
  },
  {
    name: "a derived figure that carries a quote",
    spoil: (d) => {
      find(d, "tsentr-2019.chinese-share").quote = "with only 1,600 soldiers from China";
    },
    record: "tsentr-2019.chinese-share",
    field: "quote",
    message: /derived figure carries no quote/,
  },
  // Ids and references
  {
    name: "a duplicate id",
    spoil: (d) => {
      d.claims.push({ ...(find(d, "claim.weaker-partner") as Data["claims"][number]) });
    },
    record: "claim.weaker-partner",
    field: "id",
    message: /duplicate id \(already used by a claim\)/,
  },
  {
    name: "an id used by records of two kinds",
    spoil: (d) => {
      find(d, "compare.gdp").id = "russia";
    },
    record: "russia",
    field: "id",
    message: /duplicate id \(already used by an entity\)/,
  },
  {
    name: "an id that is not a lowercase dotted id",
    spoil: (d) => {
      find(d, "event.vostok-2018").id = "Event Vostok 2018";
    },
    record: "Event Vostok 2018",
    field: "id",
    message: /lowercase dotted id/,
  },
  {
    name: "a subject that does not exist",
    spoil: (d) => {
      (find(d, "trade.bilateral.2016").subjects as string[])[1] = "prc";
    },
    record: "trade.bilateral.2016",
    field: "subjects.1",
    message: /unknown entity "prc"/,
  },
  {
    name: "a subject that is a source, not an entity",
    spoil: (d) => {
      (find(d, "arms.sales-share-to-china.2013-2017").subjects as string[])[0] = "source.sipri";
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "subjects.0",
    message: /"source\.sipri", a source, where an entity is expected/,
  },
  {
    name: "a section that does not exist",
    spoil: (d) => {
      find(d, "event.espo-built").section = "section.energy";
    },
    record: "event.espo-built",
    field: "section",
    message: /unknown section "section\.energy"/,
  },
  {
    name: "a cited source that does not exist",
    spoil: (d) => {
      find(d, "arms.sales-share-to-china.2013-2017").source = "source.iiss";
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "source",
    message: /unknown source "source\.iiss"/,
  },
  {
    name: "a speaker that does not exist",
    spoil: (d) => {
      find(d, "quote.xi-best-friend").speaker = "xi-jinping";
    },
    record: "quote.xi-best-friend",
    field: "speaker",
    message: /unknown entity "xi-jinping"/,
  },
  {
    name: "a comparison side that does not exist",
    spoil: (d) => {
      find(d, "compare.nuclear-arsenal").between = ["russia", "prc"];
    },
    record: "compare.nuclear-arsenal",
    field: "between.1",
    message: /unknown entity "prc"/,
  },
  {
    name: "an event with no entities",
    spoil: (d) => {
      find(d, "event.espo-built").entities = [];
    },
    record: "event.espo-built",
    field: "entities",
    message: /at least one entity/,
  },
  // Derived figures
  {
    name: "a derived figure whose input id does not exist",
    spoil: (d) => {
      (find(d, "trade.bilateral.growth.2016-2018").derivedFrom as string[])[1] = "trade.bilateral.2019";
    },
    record: "trade.bilateral.growth.2016-2018",
    field: "derivedFrom.1",
    message: /unknown figure "trade\.bilateral\.2019"/,
  },
  {
    name: "a derived figure whose input was removed",
    spoil: (d) => {
      d.figures = d.figures.filter((f) => f.id !== "trade.bilateral.2016");
    },
    record: "trade.bilateral.growth.2016-2018",
    field: "derivedFrom.0",
    message: /unknown figure "trade\.bilateral\.2016"/,
  },
  {
    name: "a derived figure with one input",
    spoil: (d) => {
      find(d, "tsentr-2019.chinese-share").derivedFrom = ["tsentr-2019.chinese-soldiers"];
    },
    record: "tsentr-2019.chinese-share",
    field: "derivedFrom",
    message: /exactly two input figures/,
  },
  {
    name: "a derived value that is not its formula over its inputs",
    spoil: (d) => {
      find(d, "tsentr-2019.chinese-share").value = 12.5;
    },
    record: "tsentr-2019.chinese-share",
    field: "value",
    message: /share of tsentr-2019\.chinese-soldiers and tsentr-2019\.personnel is 1\.3, not 12\.5/,
  },
  {
    name: "a derived figure derived from a non-figure",
    spoil: (d) => {
      (find(d, "trade.bilateral.growth.2016-2018").derivedFrom as string[])[0] = "event.vostok-2018";
    },
    record: "trade.bilateral.growth.2016-2018",
    field: "derivedFrom.0",
    message: /an event, where a figure is expected/,
  },
  {
    name: "an unknown formula",
    spoil: (d) => {
      find(d, "trade.bilateral.growth.2016-2018").formula = "cagr";
    },
    record: "trade.bilateral.growth.2016-2018",
    field: "formula",
    message: /percent_change|share/,
  },
  // Values and units
  {
    name: "an unknown unit",
    spoil: (d) => {
      find(d, "border.length").unit = "miles";
    },
    record: "border.length",
    field: "unit",
    message: /usd/,
  },
  {
    name: "NaN as a value",
    spoil: (d) => {
      find(d, "meetings.xi-putin").value = Number.NaN;
    },
    record: "meetings.xi-putin",
    field: "value",
    message: /expected number, received NaN/,
  },
  {
    name: "Infinity as a value",
    spoil: (d) => {
      find(d, "trade.bilateral.2018").value = Number.POSITIVE_INFINITY;
    },
    record: "trade.bilateral.2018",
    field: "value",
    message: /expected number, received Infinity/,
  },
  {
    name: "a negative length",
    spoil: (d) => {
      find(d, "border.length").value = -4200;
    },
    record: "border.length",
    field: "value",
    message: /cannot be negative \(-4200\)/,
  },
  {
    name: "a negative count",
    spoil: (d) => {
      find(d, "unsc.permanent-seats.total").value = -5;
    },
    record: "unsc.permanent-seats.total",
    field: "value",
    message: /a quantity in count cannot be negative/,
  },
  // Text that reads as nothing, or that hides or reorders what a reader sees
  {
    name: "a label of zero-width characters only",
    spoil: (d) => {
      find(d, "event.espo-built").label = "\u200B\u200C\u200D\u2060\uFEFF";
    },
    record: "event.espo-built",
    field: "label",
    message: /must not be empty \(nor only whitespace or zero-width characters\)/,
  },
  {
    name: "a name of zero-width characters and spaces",
    spoil: (d) => {
      find(d, "china").name = "\u200B \u2060 \u00A0\u200C";
    },
    record: "china",
    field: "name",
    message: /zero-width/,
  },
  {
    name: "a NUL inside a name",
    spoil: (d) => {
      find(d, "china").name = "Chi\u0000na";
    },
    record: "china",
    field: "name",
    message: /control or bidirectional override characters \(found U\+0000\)/,
  },
  {
    name: "an ANSI escape in a label",
    spoil: (d) => {
      find(d, "event.espo-built").label = "\u001B[31mThe ESPO pipeline was built\u001B[0m";
    },
    record: "event.espo-built",
    field: "label",
    message: /found U\+001B/,
  },
  {
    name: "a BEL in a quotation's words",
    spoil: (d) => {
      find(d, "quote.xi-best-friend").text = "\u0007President Putin is my best friend";
    },
    record: "quote.xi-best-friend",
    field: "text",
    message: /found U\+0007/,
  },
  {
    name: "a line break inside a claim's label (no field is multi-line)",
    spoil: (d) => {
      const claim = find(d, "claim.weaker-partner");
      claim.label = String(claim.label).replace(" ", "\n");
    },
    record: "claim.weaker-partner",
    field: "label",
    message: /found U\+000A/,
  },
  {
    name: "a tab inside a figure's label",
    spoil: (d) => {
      const figure = find(d, "border.length");
      figure.label = String(figure.label).replace(" ", "\t");
    },
    record: "border.length",
    field: "label",
    message: /found U\+0009/,
  },
  {
    name: "a right-to-left override in a name",
    spoil: (d) => {
      find(d, "china").name = "\u202EanihC";
    },
    record: "china",
    field: "name",
    message: /found U\+202E/,
  },
  {
    name: "a bidirectional isolate in a claim's label",
    spoil: (d) => {
      const claim = find(d, "claim.weaker-partner");
      claim.label = `\u2066${claim.label}`;
    },
    record: "claim.weaker-partner",
    field: "label",
    message: /found U\+2066/,
  },
  {
    name: "a label longer than any label could need",
    spoil: (d) => {
      find(d, "event.espo-built").label = "a ".repeat(400);
    },
    record: "event.espo-built",
    field: "label",
    message: /at most 750 characters/,
  },
  {
    name: "a quote longer than any quote could need",
    spoil: (d) => {
      find(d, "claim.weaker-partner").quote = "words ".repeat(300);
    },
    record: "claim.weaker-partner",
    field: "quote",
    message: /at most 1250 characters/,
  },
  {
    name: "an id longer than any id could need",
    spoil: (d) => {
      find(d, "event.espo-built").id = "event.".repeat(30).concat("espo");
    },
    record: `${"event.".repeat(30)}espo`,
    field: "id",
    message: /at most 160 characters/,
  },
  // Numbers that are not what they say
  {
    name: "a count above 2^53, no longer exact",
    spoil: (d) => {
      find(d, "meetings.xi-putin").value = 2 ** 53 + 2;
    },
    record: "meetings.xi-putin",
    field: "value",
    message: /must be at most 9007199254740991/,
  },
  {
    name: "a locator offset above 2^53",
    spoil: (d) => {
      (find(d, "border.length").locator as { end: number }).end = 2 ** 53 + 2;
    },
    record: "border.length",
    field: "locator.end",
    message: /too big|<=/i,
  },
  {
    name: "an infinite value",
    spoil: (d) => {
      find(d, "border.length").value = Number.POSITIVE_INFINITY;
    },
    record: "border.length",
    field: "value",
    message: /expected number/,
  },
  {
    name: "a quoted figure whose value is not the number its quote states",
    spoil: (d) => {
      find(d, "border.length").value = 4300;
    },
    record: "border.length",
    field: "value",
    message: /the quote does not state 4300 \(written "4,300" or "4300"\)/,
  },
  {
    name: "a spelled-out count changed",
    spoil: (d) => {
      find(d, "unsc.permanent-seats.total").value = 6;
    },
    record: "unsc.permanent-seats.total",
    field: "value",
    message: /does not state 6 .*"six"/,
  },
  {
    name: "a figure in billions off by a scale",
    spoil: (d) => {
      find(d, "power-of-siberia.capacity").value = 38e6;
    },
    record: "power-of-siberia.capacity",
    field: "value",
    message: /does not state 38000000 \(written "38 million"/,
  },
  {
    name: "a fractional count",
    spoil: (d) => {
      find(d, "meetings.xi-putin").value = 43.5;
    },
    record: "meetings.xi-putin",
    field: "value",
    message: /must be whole \(43\.5\)/,
  },
  {
    name: "a count that does not say what it counts",
    spoil: (d) => {
      delete find(d, "meetings.xi-putin").counts;
    },
    record: "meetings.xi-putin",
    field: "counts",
    message: /must say what it counts/,
  },
  {
    name: "an unknown qualifier",
    spoil: (d) => {
      find(d, "arms.sales-share-to-china.2013-2017").qualifier = "roughly";
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "qualifier",
    message: /estimated/,
  },
  {
    name: "an unknown dimension",
    spoil: (d) => {
      find(d, "event.vostok-2018").dimension = "military";
    },
    record: "event.vostok-2018",
    field: "dimension",
    message: /defense/,
  },
  // Dates
  {
    name: "month 13",
    spoil: (d) => {
      find(d, "border.length").when = { start: "2018-13", precision: "month" };
    },
    record: "border.length",
    field: "when.start",
    message: /"2018-13" is not a valid date at precision "month"/,
  },
  {
    name: "the 30th of February",
    spoil: (d) => {
      find(d, "event.power-of-siberia-completed").when = { start: "2019-02-30", precision: "day" };
    },
    record: "event.power-of-siberia-completed",
    field: "when.start",
    message: /"2019-02-30" is not a valid date at precision "day"/,
  },
  {
    name: "a decade that does not start a decade",
    spoil: (d) => {
      find(d, "event.sino-soviet-break").when = { start: "1975", precision: "decade" };
    },
    record: "event.sino-soviet-break",
    field: "when.start",
    message: /"1975" is not a valid date at precision "decade"/,
  },
  {
    name: "a year written as a month",
    spoil: (d) => {
      find(d, "event.vostok-2018").when = { start: "2018-09", precision: "year" };
    },
    record: "event.vostok-2018",
    field: "when.start",
    message: /at precision "year"/,
  },
  {
    name: "a period end at another precision",
    spoil: (d) => {
      find(d, "oil.exports-to-china.growth.2012-2017").when = { start: "2012", end: "2017-06", precision: "year" };
    },
    record: "oil.exports-to-china.growth.2012-2017",
    field: "when.end",
    message: /"2017-06" is not a valid date/,
  },
  {
    name: "a period that ends before it starts",
    spoil: (d) => {
      find(d, "arms.sales-share-to-china.2013-2017").when = { start: "2017", end: "2013", precision: "year" };
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "when.end",
    message: /ends \(2013\) before it starts \(2017\)/,
  },
  {
    name: "a date after the essay was published",
    spoil: (d) => {
      find(d, "event.energy-markets-narrow").when = { start: "2027", precision: "year" };
    },
    record: "event.energy-markets-narrow",
    field: "when.start",
    message: /2027 is after the essay \(2026-03\)/,
  },
  {
    name: "a period that runs past the essay's month",
    spoil: (d) => {
      find(d, "border.length").when = { start: "2026-03", end: "2026-04", precision: "month" };
      find(d, "border.length").aggregation = "change";
    },
    record: "border.length",
    field: "when.end",
    message: /2026-04 is after the essay/,
  },
  {
    name: "an unknown precision",
    spoil: (d) => {
      find(d, "event.espo-built").when = { start: "2011", precision: "century" };
    },
    record: "event.espo-built",
    field: "when.precision",
    message: /decade/,
  },
  {
    name: "a bad publication date of the essay",
    spoil: (d) => {
      d.meta.published = { start: "2026-3", precision: "month" };
    },
    record: "meta",
    field: "published.start",
    message: /must be a date written 2026, 2026-03 or 2026-03-01/,
  },
  {
    name: "a bad publication date of a source",
    spoil: (d) => {
      find(d, "source.saalman-2017").published = { start: "2017-00", precision: "month" };
    },
    record: "source.saalman-2017",
    field: "published.start",
    message: /"2017-00" is not a valid date/,
  },
  // Text
  {
    name: "HTML in a label",
    spoil: (d) => {
      find(d, "claim.some-balance").label = "Some <b>balance</b>";
    },
    record: "claim.some-balance",
    field: "label",
    message: /HTML or script markup/,
  },
  {
    name: "a script in a quotation",
    spoil: (d) => {
      find(d, "quote.westad-cold-war").text = "<script>alert(1)</script>";
    },
    record: "quote.westad-cold-war",
    field: "text",
    message: /HTML or script markup/,
  },
  {
    name: "an empty label",
    spoil: (d) => {
      find(d, "event.friendship-medal").label = "   ";
    },
    record: "event.friendship-medal",
    field: "label",
    message: /must not be empty/,
  },
  {
    name: "an empty entity name",
    spoil: (d) => {
      find(d, "sco").name = "";
    },
    record: "sco",
    field: "name",
    message: /must not be empty/,
  },
  // Structure
  {
    name: "a comparison whose advantage is not a side compared",
    spoil: (d) => {
      find(d, "compare.gdp").advantage = "united-states";
    },
    record: "compare.gdp",
    field: "advantage",
    message: /"united-states" is not one of the sides compared/,
  },
  {
    name: "a comparison measure outside the essay's two",
    spoil: (d) => {
      find(d, "compare.gdp").measure = "economic";
    },
    record: "compare.gdp",
    field: "measure",
    message: /traditional|overlooked/,
  },
  {
    name: "two sections with the same order",
    spoil: (d) => {
      find(d, "section.pragmatism").order = 0;
    },
    record: "section.pragmatism",
    field: "order",
    message: /order 0 is used twice/,
  },
  {
    name: "a record of the wrong kind in a collection",
    spoil: (d) => {
      find(d, "border.length").kind = "event";
    },
    record: "border.length",
    field: "kind",
    message: /"figure"/,
  },
  {
    name: "an unknown origin for a figure",
    spoil: (d) => {
      find(d, "border.length").origin = "estimate";
    },
    record: "border.length",
    field: "origin",
    message: /essay|derived/,
  },
  {
    name: "an unknown entity type",
    spoil: (d) => {
      find(d, "espo").type = "oil pipe";
    },
    record: "espo",
    field: "type",
    message: /pipeline/,
  },
  // What is shown must keep the essay's voice
  {
    name: "a misspelt field name, which would drop a hedge without a word",
    spoil: (d) => {
      const arms = find(d, "arms.sales-share-to-china.2013-2017");
      arms.qualifer = arms.qualifier;
      delete arms.qualifier;
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "qualifer",
    message: /unknown field "qualifer"/,
  },
  {
    name: "an unknown field inside a date",
    spoil: (d) => {
      (find(d, "event.espo-built").when as Loose).circa = true;
    },
    record: "event.espo-built",
    field: "when.circa",
    message: /unknown field "circa"/,
  },
  {
    name: "a claim whose label drops the essay's hedge",
    spoil: (d) => {
      find(d, "claim.eastern-southern-alignment").label = "China and India are part of an eastern alignment";
    },
    record: "claim.eastern-southern-alignment",
    field: "label",
    message: /must carry the essay's hedge "arguably"/,
  },
  {
    name: "a hedge the quote does not hold",
    spoil: (d) => {
      const c = find(d, "claim.unsc-unison");
      c.hedge = "reportedly";
      c.label = "They reportedly vote almost in unison";
    },
    record: "claim.unsc-unison",
    field: "hedge",
    message: /"reportedly" does not stand in the record's quote/,
  },
  {
    name: "a claim the essay only reports, with no words that say so",
    spoil: (d) => {
      delete find(d, "claim.weaker-partner").hedge;
    },
    record: "claim.weaker-partner",
    field: "hedge",
    message: /a claim the essay reports must carry the essay's words/,
  },
  {
    name: "a stance outside the vocabulary",
    spoil: (d) => {
      find(d, "claim.weaker-partner").stance = "believes";
    },
    record: "claim.weaker-partner",
    field: "stance",
    message: /asserts|reports|entertains|infers/,
  },
  {
    name: "an event whose label drops its qualifier",
    spoil: (d) => {
      find(d, "event.saudi-arabia-displaced").label = "Russia displaces Saudi Arabia as China's biggest oil supplier";
    },
    record: "event.saudi-arabia-displaced",
    field: "label",
    message: /must carry the essay's hedge "reportedly"/,
  },
  {
    name: "a qualifier the quote does not hold",
    spoil: (d) => {
      find(d, "border.length").qualifier = "about";
    },
    record: "border.length",
    field: "qualifier",
    message: /"about" does not stand in the record's quote/,
  },
  {
    name: "a comparison whose label drops its qualifier",
    spoil: (d) => {
      find(d, "compare.military-technology").label = "Russia's military technology is superior";
    },
    record: "compare.military-technology",
    field: "label",
    message: /must carry the essay's hedge "in many areas"/,
  },
  {
    name: "a comparison of a side with itself",
    spoil: (d) => {
      find(d, "compare.gdp").between = ["china", "china"];
    },
    record: "compare.gdp",
    field: "between.1",
    message: /two different sides/,
  },
  // Dates as the essay gives them
  {
    name: "a figure over a period that does not say what it measures over it",
    spoil: (d) => {
      delete find(d, "arms.sales-share-to-china.2013-2017").aggregation;
    },
    record: "arms.sales-share-to-china.2013-2017",
    field: "aggregation",
    message: /a total over it or a change between its ends/,
  },
  {
    name: "a bound on a period",
    spoil: (d) => {
      (find(d, "event.sino-soviet-united").when as Loose).relation = "by";
    },
    record: "event.sino-soviet-united",
    field: "when.relation",
    message: /takes no relation/,
  },
  {
    name: "a date relation outside the vocabulary",
    spoil: (d) => {
      (find(d, "event.largest-crude-supplier").when as Loose).relation = "circa";
    },
    record: "event.largest-crude-supplier",
    field: "when.relation",
    message: /by|since/,
  },
  // Derived figures
  {
    name: "a derived figure computed from a derived figure",
    spoil: (d) => {
      const share = find(d, "tsentr-2019.chinese-share");
      share.derivedFrom = ["trade.bilateral.growth.2016-2018", "tsentr-2019.personnel"];
      share.value = 0.04;
      delete share.caveat;
      delete share.qualifier;
    },
    record: "tsentr-2019.chinese-share",
    field: "derivedFrom.0",
    message: /itself derived/,
  },
  {
    name: "a derived figure that uses one input twice",
    spoil: (d) => {
      const share = find(d, "tsentr-2019.chinese-share");
      share.derivedFrom = ["tsentr-2019.personnel", "tsentr-2019.personnel"];
      share.value = 100;
      delete share.caveat;
      delete share.qualifier;
    },
    record: "tsentr-2019.chinese-share",
    field: "derivedFrom.1",
    message: /two inputs must differ/,
  },
  {
    name: "a derived figure over different counts that does not say so",
    spoil: (d) => {
      delete find(d, "tsentr-2019.chinese-share").caveat;
    },
    record: "tsentr-2019.chinese-share",
    field: "caveat",
    message: /count different things \(soldiers, personnel\)/,
  },
  {
    name: "a rounded derived figure shown as exact",
    spoil: (d) => {
      delete find(d, "trade.bilateral.growth.2016-2018").qualifier;
    },
    record: "trade.bilateral.growth.2016-2018",
    field: "qualifier",
    message: /must be qualified "about"/,
  },
  // Where each quote sits
  {
    name: "a locator that points elsewhere in the essay",
    spoil: (d) => {
      const locator = find(d, "border.length").locator as { start: number; end: number };
      locator.start += 10;
      locator.end += 10;
    },
    record: "border.length",
    field: "locator",
    message: /not the quote/,
    withEssay: true,
  },
  {
    name: "a record with no locator",
    spoil: (d) => {
      delete find(d, "border.length").locator;
    },
    record: "border.length",
    field: "locator",
    message: /expected object/,
  },
  {
    name: "a quotation footnoted by no source",
    spoil: (d) => {
      find(d, "quote.xi-best-friend").footnote = 2;
    },
    record: "quote.xi-best-friend",
    field: "footnote",
    message: /no source is cited by footnote 2/,
  },
];

function problemsOf(data: Data, withEssay: boolean) {
  try {
    parseDataset(data, withEssay ? { essay } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error("parseDataset accepted the malformed dataset");
}

describe("parseDataset rejects a malformed dataset, naming the record and the field", () => {
  it("has a real dataset that it accepts, with and without the essay", () => {
    expect(() => parseDataset(copyOfDataset(), { essay })).not.toThrow();
    expect(() => parseDataset(copyOfDataset())).not.toThrow();
  });

  it(`tries at least 25 defects (${defects.length})`, () => {
    expect(defects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(defects.map((d) => d.name)).size).toBe(defects.length);
  });

  it.each(defects.map((d) => [d.name, d] as const))("%s", (_name, defect) => {
    const data = copyOfDataset();
    defect.spoil(data);
    const problems = problemsOf(data, defect.withEssay === true);
    expect(problems.map((p) => ({ record: p.record, field: p.field }))).toEqual([
      { record: defect.record, field: defect.field },
    ]);
    expect(problems[0]?.message).toMatch(defect.message);
  });

  it("lists every problem at once, in one error whose message names each record and field", () => {
    const data = copyOfDataset();
    find(data, "border.length").value = -1;
    find(data, "compare.gdp").advantage = "united-states";
    find(data, "event.espo-built").section = "section.energy";
    const error = (() => {
      try {
        parseDataset(data);
      } catch (e) {
        return e as DatasetError;
      }
    })();
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain("Invalid dataset: 3 problems");
    expect(error?.message).toContain("border.length › value: a quantity in km cannot be negative (-1)");
    expect(error?.message).toContain("compare.gdp › advantage");
    expect(error?.message).toContain('event.espo-built › section: refers to unknown section "section.energy"');
  });

  it("catches an input figure changed without its derived figure following", () => {
    const data = copyOfDataset();
    find(data, "tsentr-2019.personnel").value = -128000;
    const problems = problemsOf(data, false);
    expect(problems.map((p) => `${p.record} › ${p.field}`)).toEqual([
      "tsentr-2019.personnel › value",
      "tsentr-2019.chinese-share › value",
    ]);
  });

  it("accepts dates up to the essay's own month, at any precision", () => {
    const data = copyOfDataset();
    find(data, "border.length").when = { start: "2026-03-31", precision: "day" };
    find(data, "war.duration").when = { start: "2026", precision: "year" };
    find(data, "event.energy-markets-narrow").when = { start: "2020", precision: "decade" };
    expect(() => parseDataset(data)).not.toThrow();
  });

  it("rejects what is not a dataset at all", () => {
    for (const input of [null, 42, "dataset", []]) {
      expect(() => parseDataset(input)).toThrow(DatasetError);
    }
  });

  it("checks quotes only when given the essay, and then against that essay", () => {
    const data = copyOfDataset();
    find(data, "claim.sco-founded-jointly").quote = "Words from elsewhere.";
    expect(() => parseDataset(data)).not.toThrow();
    expect(() => parseDataset(data, { essay: "Words from elsewhere." })).toThrow(DatasetError);
  });
});
