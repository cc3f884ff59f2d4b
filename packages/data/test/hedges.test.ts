// Every hedge in the essay is a hedge wherever its record is shown. This walks every quote for the essay's hedging
// words, requires the record to declare each one (qualifier, hedge, date relation) or to be excused below with a
// reason, and checks that the text a reader is shown (formatStatement, which the deck and the explorer use) carries
// every hedge the record declares.
import { describe, expect, it } from "vitest";
import { allRecords, type DataRecord, formatStatement, inputsOf } from "../src/index.ts";
import { normaliseForQuoteMatch } from "../src/schema.ts";

/** Words with which the essay estimates, reports, entertains or limits what it says. */
const HEDGES = [
  "estimated",
  "estimates",
  "about",
  "reportedly",
  "arguably",
  "appears",
  "almost",
  "could argue",
  "perhaps",
  "might",
  "may",
  "likely",
  "at least",
  "more than",
  "often argued",
  "so far",
  "to the extent",
  "only",
  "evidence",
  "not dissimilar",
  "in many areas",
  "since",
  "by 20",
  "prior to",
] as const;

/**
 * Hedging words a record's quote holds that the record itself need not show, each with the reason: they hedge a
 * part of the sentence that the record does not state.
 */
const EXCUSED: Record<string, Record<string, string>> = {
  "unsc.permanent-seats.held": {
    almost: "'they vote almost in unison' is claim.unsc-unison's, shown with its hedge; the figure counts the seats",
  },
  "unsc.permanent-seats.total": {
    almost: "'they vote almost in unison' is claim.unsc-unison's, shown with its hedge; the figure counts the seats",
  },
  "claim.no-shared-ideology": { since: "'since' here means 'because', not a date" },
  "quote.pos2-on-chinas-terms": { likely: "inside the quoted words, which are shown verbatim" },
  "event.eaeu-coordination": {
    perhaps: "hedges Xi's motive, which the event does not state; claim.eaeu-mitigate-concern holds it, hedged",
  },
  "quote.sco-common-focus": {
    evidence: "the attribution of the quoted words (source.sco-evidence), shown with the quotation",
  },
  "meetings.xi-putin": {
    "more than":
      "belongs to the claim that they met more than with any other leaders (claim.met-more-than-any-leaders)",
    estimates: "the same estimate as the figure's qualifier, 'an estimated 43'",
  },
  "quote.authoritarian-peace": {
    "could argue":
      "the quotation shows only the words the essay puts in quotation marks; claim.authoritarian-peace states the argument, hedged",
    "prior to": "as above: claim.authoritarian-peace holds the date bound",
  },
  "claim.beyond-weapons-sales": {
    since: "the date of the trainings, held by event.joint-trainings-begin as 'since the mid-2000s'",
  },
  "claim.trade-up-since-invasion": {
    since: "'since Russia's full invasion' dates the rise by an undated event, which the label names",
  },
  "claim.spheres-of-influence": {
    might: "'allies who might support their claims' describes the allies sought, which the label names as needed",
  },
};

function occurs(text: string, word: string): boolean {
  return new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i").test(text);
}

/** The hedging words a record declares, each with the text that must show it. */
function declared(r: DataRecord): string[] {
  const words: string[] = [];
  if ("qualifier" in r && r.qualifier !== undefined) words.push(r.qualifier);
  if ("hedge" in r && r.hedge !== undefined) words.push(r.hedge);
  const when = "when" in r ? r.when : undefined;
  if (when?.relation === "since-at-least") words.push("since at least");
  else if (when?.relation === "since") words.push("since");
  else if (when?.relation === "by") words.push("by");
  else if (when?.relation === "not-before") words.push("not before");
  else if (when?.relation === "as-of") words.push("as of");
  if (when?.part !== undefined) words.push(when.part);
  return words;
}

/** Which of a record's declarations covers a hedging word of its quote. */
function covers(r: DataRecord, hedge: string): boolean {
  const shown = normaliseForQuoteMatch(statementOf(r)).toLowerCase();
  if (shown.includes(hedge)) return true;
  const aliases: Record<string, string[]> = {
    estimates: ["estimated", "estimates are"],
    "by 20": ["by 20"],
    "prior to": ["not before", "prior to"],
    since: ["since"],
    "at least": ["since at least", "at least"],
  };
  return (aliases[hedge] ?? []).some((alias) => shown.includes(alias));
}

function statementOf(r: DataRecord): string {
  return formatStatement(r, { inputs: r.kind === "figure" ? inputsOf(r) : [] });
}

/** A claim's label may give its date's bound in the essay's own words: "prior to 2012", "Even before ... 2014". */
const SAID_AS: Record<string, string[]> = { "not before": ["prior to"], by: ["before"] };

const quoted = allRecords().filter(
  (r): r is Extract<DataRecord, { quote: string }> =>
    r.kind !== "entity" && r.kind !== "source" && "quote" in r && typeof r.quote === "string",
);

describe("hedges: no record is shown with less hedging than the essay uses", () => {
  const cases = quoted.flatMap((r) =>
    HEDGES.filter((h) => occurs(normaliseForQuoteMatch(r.quote), h)).map((h) => [r.id, h, r] as const),
  );

  it("finds the essay's hedges in the quotes", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)("%s: “%s” is shown, or excused with a reason", (id, hedge, r) => {
    const excuse = EXCUSED[id]?.[hedge];
    if (excuse !== undefined) {
      expect(excuse.length).toBeGreaterThan(10);
      return;
    }
    // A quotation shows its own words verbatim: a hedge inside them is shown with them.
    if (r.kind === "quotation" && occurs(normaliseForQuoteMatch(r.text), hedge)) return;
    expect(covers(r, hedge), `${formatStatement(r)}`).toBe(true);
  });

  it.each(allRecords().map((r) => [r.id, r] as const))(
    "%s: what is shown carries every hedge it declares",
    (_id, r) => {
      const shown = statementOf(r).toLowerCase();
      for (const word of declared(r)) {
        const forms = [word, ...(SAID_AS[word] ?? [])].map((w) => w.toLowerCase());
        expect(
          forms.some((form) => shown.includes(form)),
          `"${word}" in: ${shown}`,
        ).toBe(true);
      }
    },
  );

  it("marks every derived figure as computed, wherever formatStatement shows it", () => {
    for (const r of allRecords()) {
      if (r.kind === "figure" && r.origin === "derived") {
        expect(formatStatement(r)).toMatch(/\(computed\)/);
        expect(formatStatement(r, { inputs: inputsOf(r) })).toMatch(/, computed\)$/);
      }
    }
  });

  it("excuses only hedges that are really in the quote", () => {
    for (const [id, words] of Object.entries(EXCUSED)) {
      const r = quoted.find((q) => q.id === id);
      expect(r, id).toBeDefined();
      for (const word of Object.keys(words))
        expect(occurs(normaliseForQuoteMatch(r?.quote ?? ""), word), `${id}: ${word}`).toBe(true);
    }
  });
});
