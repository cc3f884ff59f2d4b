// Hash routes, so that every view has a URL that works under any base path, from a file:// page, and in links
// from the deck: `#/` (the records), `#/timeline`, each with the filters as a query, and `#/fact/<id>`.
import { dimensions, recordKinds } from "@alignment/data";
import { type Filters, findRecord } from "./records.ts";

export type Route =
  | { view: "list"; filters: Filters }
  | { view: "timeline"; filters: Filters }
  | { view: "record"; id: string }
  | { view: "missing"; path: string };

function oneOf<T extends string>(list: readonly T[], value: string | null): T | "" {
  return list.includes(value as T) ? (value as T) : "";
}

function filtersFrom(query: string): Filters {
  const params = new URLSearchParams(query);
  const year = Number(params.get("year"));
  const entity = params.get("entity") ?? "";
  return {
    query: params.get("q") ?? "",
    kind: oneOf(recordKinds, params.get("kind")),
    dimension: oneOf(dimensions, params.get("dimension")),
    entity: findRecord(entity)?.kind === "entity" ? entity : "",
    year: Number.isInteger(year) && year > 0 ? year : undefined,
  };
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#/, "").split("?", 2);
  if (path === "" || path === "/") return { view: "list", filters: filtersFrom(query) };
  if (path === "/timeline") return { view: "timeline", filters: filtersFrom(query) };
  const fact = /^\/fact\/(.+)$/.exec(path);
  const id = fact?.[1] ? decoded(fact[1]) : undefined;
  return id === undefined ? { view: "missing", path } : { view: "record", id };
}

/** The text a URL component stands for, or undefined where it is not valid percent-encoding (`%E0%A4%A`). */
function decoded(component: string): string | undefined {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
}

/** The hash for a list or timeline with these filters; empty filters leave no query behind. */
export function filtersHash(view: "list" | "timeline", f: Filters): string {
  const params = new URLSearchParams();
  if (f.query !== "") params.set("q", f.query);
  if (f.kind !== "") params.set("kind", f.kind);
  if (f.dimension !== "") params.set("dimension", f.dimension);
  if (f.entity !== "") params.set("entity", f.entity);
  if (f.year !== undefined) params.set("year", String(f.year));
  const query = params.toString();
  return `#/${view === "timeline" ? "timeline" : ""}${query ? `?${query}` : ""}`;
}

export function recordHash(id: string): string {
  return `#/fact/${encodeURIComponent(id)}`;
}
