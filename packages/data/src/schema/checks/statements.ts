// Checks on what the essay says and argues: each record refers to records that exist, the words it shows stand in
// its quote, and the hedges the essay uses reach its label.
import { normaliseForQuoteMatch } from "../../locate.ts";
import { type Check, hedgeShown, reference, references, withinQuote } from "./context.ts";
import { QUALIFIER_WORDS } from "./figures.ts";

export const events: Check = (context) =>
  context.data.events.flatMap((event) => {
    const word = event.qualifier === undefined ? undefined : QUALIFIER_WORDS[event.qualifier];
    return [
      ...references(context, event.id, "entities", event.entities, "entity"),
      ...withinQuote(event, "qualifier", word),
      ...hedgeShown(event, "qualifier", word),
    ];
  });

export const claims: Check = (context) =>
  context.data.claims.flatMap((claim) => [
    ...references(context, claim.id, "entities", claim.entities, "entity"),
    ...reference(context, claim.id, "source", claim.source, "source"),
    ...withinQuote(claim, "hedge", claim.hedge),
    ...hedgeShown(claim, "hedge", claim.hedge),
    ...((claim.stance === "reports" || claim.stance === "entertains") && claim.hedge === undefined
      ? [
          {
            record: claim.id,
            field: "hedge",
            message: `a claim the essay ${claim.stance === "reports" ? "reports" : "only entertains"} must carry the essay's words that say so`,
          },
        ]
      : []),
  ]);

export const entityDescriptions: Check = ({ data }) =>
  data.entities.flatMap((entity) => withinQuote(entity, "description", entity.description));

export const quotations: Check = (context) => {
  const footnotesCited = new Set(context.data.sources.flatMap((s) => (s.footnote === undefined ? [] : [s.footnote])));
  return context.data.quotations.flatMap((q) => [
    ...reference(context, q.id, "speaker", q.speaker, "entity"),
    ...reference(context, q.id, "source", q.source, "source"),
    ...(normaliseForQuoteMatch(q.quote).includes(normaliseForQuoteMatch(q.text))
      ? []
      : [{ record: q.id, field: "text", message: "the quoted words must stand inside the record's quote" }]),
    ...withinQuote(q, "context", q.context),
    ...(q.footnote !== undefined && !footnotesCited.has(q.footnote)
      ? [{ record: q.id, field: "footnote", message: `no source is cited by footnote ${q.footnote}` }]
      : []),
  ]);
};

export const comparisons: Check = (context) =>
  context.data.comparisons.flatMap((c) => [
    ...references(context, c.id, "between", c.between, "entity"),
    ...(c.between[0] === c.between[1]
      ? [{ record: c.id, field: "between.1", message: "a comparison needs two different sides" }]
      : []),
    ...withinQuote(c, "hedge", c.hedge),
    ...hedgeShown(c, "hedge", c.hedge),
    ...(c.between.includes(c.advantage)
      ? []
      : [{ record: c.id, field: "advantage", message: `"${c.advantage}" is not one of the sides compared` }]),
  ]);
