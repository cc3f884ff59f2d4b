// Checks on ids and order: every id names one record, and no two sections claim the same place in the essay.
import { type Check, withArticle } from "./context.ts";

/** No id is used twice, across all kinds. */
export const uniqueIds: Check = ({ records }) => {
  const kindOf = new Map<string, string>();
  return records.flatMap((record) => {
    const earlier = kindOf.get(record.id);
    if (earlier === undefined) {
      kindOf.set(record.id, record.kind);
      return [];
    }
    return [{ record: record.id, field: "id", message: `duplicate id (already used by ${withArticle(earlier)})` }];
  });
};

/** No two sections share an order. */
export const uniqueSectionOrders: Check = ({ data }) => {
  const orders = new Set<number>();
  return data.sections.flatMap((s) => {
    const twice = orders.has(s.order);
    orders.add(s.order);
    return twice ? [{ record: s.id, field: "order", message: `order ${s.order} is used twice` }] : [];
  });
};
