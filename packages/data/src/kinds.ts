// The one table of record kinds and the dataset collections that hold them. Every list of the collections is read
// from here (or checked against it), so adding a kind to `recordKinds` without a collection does not compile, and
// neither does any place that lists the collections and has not been told of the new one.
import { type RecordKind, recordKinds } from "./vocabulary.ts";

/** The dataset collection that holds each kind of record: `section` records live in `sections`. */
const collectionOf = {
  section: "sections",
  source: "sources",
  entity: "entities",
  figure: "figures",
  event: "events",
  quotation: "quotations",
  claim: "claims",
  comparison: "comparisons",
} as const satisfies Record<RecordKind, string>;

/** The name of a dataset collection: `sections`, `sources`, ... */
export type Collection = (typeof collectionOf)[RecordKind];

/** The collections in the order of `recordKinds`: the dataset's order, and the order of `allRecords()`. */
export const collections: readonly Collection[] = recordKinds.map((kind) => collectionOf[kind]);

/** A record of any kind in a dataset `D`: an element of any of its collections. */
export type RecordIn<D extends Record<Collection, readonly unknown[]>> = D[Collection][number];
