// The records page: a search box and filters beside the matching records, as a list or as a timeline of the dated
// events, with downloads of exactly what is shown. Filters live in the URL, so a filtered view can be shared.
import { allRecords, type DataRecord, dataset, dimensions, formatWhen, timeline, toCsv } from "@alignment/data";
import { h } from "./dom.ts";
import { fileName, toJson } from "./download.ts";
import { count, DIMENSION_NAMES, ENTITY_TYPE_NAMES, KIND_NAMES } from "./labels.ts";
import {
  applyFilters,
  entitiesReferredTo,
  type Filters,
  LIST_ORDER,
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  queryIsCut,
  queryTerms,
  recordsInListOrder,
  yearsCovered,
} from "./records.ts";
import { filtersHash, recordHash } from "./route.ts";
import { entityChip, recordCard, whenText } from "./summary.ts";

export type Mode = "list" | "timeline";

const RECORDS = { one: "record", many: "records" };
const EVENTS = { one: "dated event", many: "dated events" };
const SHOWN = { one: "record shown", many: "records shown" };
const IN_LIST_ORDER = recordsInListOrder();

/**
 * Wide enough for the filters to sit beside the results (style.css's breakpoint). Narrower, on a phone, the filters
 * other than the search box fold into one line, so that the results of a search start on the screen it is typed on.
 */
const WIDE = window.matchMedia("(min-width: 901px)");

function select(id: string, label: string, options: (HTMLOptionElement | HTMLOptGroupElement)[]) {
  const control = h("select", { id, name: id }, options);
  return { control, field: h("div", { class: "field" }, h("label", { for: id }, label), control) };
}

function kindOptions(): HTMLOptionElement[] {
  const all = allRecords();
  return LIST_ORDER.map((kind) =>
    h("option", { value: kind }, `${KIND_NAMES[kind].many} (${all.filter((r) => r.kind === kind).length})`),
  );
}

function entityOptions(): HTMLOptGroupElement[] {
  const entities = entitiesReferredTo();
  const types = [...new Set(entities.map((e) => e.type))];
  return types.map((type) =>
    h(
      "optgroup",
      { label: ENTITY_TYPE_NAMES[type].many },
      entities.filter((e) => e.type === type).map((e) => h("option", { value: e.id }, e.name)),
    ),
  );
}

function yearOptions(): HTMLOptGroupElement[] {
  const years = yearsCovered();
  const decades = [...new Set(years.map((y) => y - (y % 10)))];
  return decades.map((decade) =>
    h(
      "optgroup",
      { label: `${decade}s` },
      years.filter((y) => y - (y % 10) === decade).map((y) => h("option", { value: String(y) }, String(y))),
    ),
  );
}

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is over; keeping the URL longer only leaks it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export class BrowseView {
  readonly element: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private mode: Mode = "list";
  private shown: DataRecord[] = [];
  private readonly search = h("input", {
    id: "search",
    name: "q",
    type: "search",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "search-hint",
  });
  private readonly kind = select("kind", "Kind", [h("option", { value: "" }, "All kinds"), ...kindOptions()]);
  private readonly dimension = select("dimension", "Dimension", [
    h("option", { value: "" }, "All dimensions"),
    ...dimensions.map((d) => h("option", { value: d }, DIMENSION_NAMES[d])),
  ]);
  private readonly entity = select("entity", "Entity", [h("option", { value: "" }, "Any entity"), ...entityOptions()]);
  private readonly year = select("year", "Year", [h("option", { value: "" }, "Any year"), ...yearOptions()]);
  private readonly kindNote = h("p", { class: "hint", id: "kind-note", hidden: true }, "The timeline shows events.");
  private readonly status = h("p", { class: "status", role: "status" });
  private readonly results = h("div", { class: "results-body" });
  private readonly listTab = h("a", { class: "tab" }, "List");
  private readonly timelineTab = h("a", { class: "tab" }, "Timeline");
  private readonly downloadNote = h("p", { class: "hint", id: "download-note" });
  private readonly moreFilters: HTMLDetailsElement;

  constructor(private readonly version: string) {
    const { title, author, affiliation, published } = dataset.meta;
    this.heading = h("h1", { tabindex: "-1" }, "Every fact of the essay, in its own words");
    this.kind.control.setAttribute("aria-describedby", "kind-note");
    this.moreFilters = h(
      "details",
      { class: "more-filters" },
      h("summary", {}, "Kind, dimension, entity, year"),
      this.kind.field,
      this.kindNote,
      this.dimension.field,
      this.entity.field,
      this.year.field,
      h("button", { type: "reset", class: "secondary" }, "Clear filters"),
    );
    const form = h(
      "form",
      { class: "filters", role: "search", "aria-labelledby": "filters-heading" },
      h("h2", { id: "filters-heading" }, "Search and filter"),
      h(
        "div",
        { class: "field" },
        h("label", { for: "search" }, "Search"),
        this.search,
        h("p", { class: "hint", id: "search-hint" }, "Labels, the essay\u2019s words, names of people and places."),
      ),
      this.moreFilters,
    );
    WIDE.addEventListener("change", () => {
      if (WIDE.matches) this.moreFilters.open = true;
    });
    form.addEventListener("submit", (e) => e.preventDefault());
    form.addEventListener("input", () => this.changed());
    form.addEventListener("reset", () => setTimeout(() => this.changed()));

    const csv = h(
      "button",
      { type: "button", class: "secondary", "aria-describedby": "download-note" },
      "Download CSV",
    );
    const json = h(
      "button",
      { type: "button", class: "secondary", "aria-describedby": "download-note" },
      "Download JSON",
    );
    csv.addEventListener("click", () => this.download("csv"));
    json.addEventListener("click", () => this.download("json"));

    this.element = h(
      "div",
      { class: "browse" },
      h(
        "div",
        { class: "intro" },
        this.heading,
        h(
          "p",
          { class: "lede" },
          `${allRecords().length} records from ${author}\u2019s essay \u201c${title}\u201d `,
          `(${affiliation}, ${formatWhen(published)}): `,
          "figures, events, quotations, claims and the people, places and sources they name. ",
          "Each carries the essay\u2019s exact words. Open one to see where it comes from.",
        ),
      ),
      h(
        "div",
        { class: "columns" },
        form,
        h(
          "section",
          { class: "results", "aria-labelledby": "results-heading" },
          h("h2", { id: "results-heading", class: "visually-hidden" }, "Records"),
          h("nav", { class: "tabs", "aria-label": "View" }, this.listTab, this.timelineTab),
          h("div", { class: "toolbar" }, this.status, h("div", { class: "downloads" }, csv, json)),
          this.downloadNote,
          this.results,
        ),
      ),
    );
  }

  /** The filters as the controls hold them. */
  private filters(): Filters {
    const year = Number(this.year.control.value);
    return {
      query: this.search.value,
      kind: this.kind.control.value as Filters["kind"],
      dimension: this.dimension.control.value as Filters["dimension"],
      entity: this.entity.control.value,
      year: year > 0 ? year : undefined,
    };
  }

  private changed(): void {
    const filters = this.filters();
    history.replaceState(null, "", filtersHash(this.mode, filters));
    this.render(filters);
  }

  /** Shows a mode with filters from the URL, setting only the controls whose value differs (typing is not lost). */
  show(mode: Mode, filters: Filters): void {
    this.mode = mode;
    const set = (control: HTMLInputElement | HTMLSelectElement, value: string) => {
      if (control.value !== value) control.value = value;
    };
    set(this.search, filters.query);
    set(this.kind.control, filters.kind);
    set(this.dimension.control, filters.dimension);
    set(this.entity.control, filters.entity);
    set(this.year.control, filters.year === undefined ? "" : String(filters.year));
    // Folded filters that the URL sets are shown: a reader must see what narrows the list.
    const narrowed =
      filters.kind !== "" || filters.dimension !== "" || filters.entity !== "" || filters.year !== undefined;
    if (WIDE.matches || narrowed) this.moreFilters.open = true;
    this.render(filters);
  }

  private render(filters: Filters): void {
    const timelineMode = this.mode === "timeline";
    this.kind.control.disabled = timelineMode;
    this.kindNote.hidden = !timelineMode;
    this.listTab.href = filtersHash("list", filters);
    this.timelineTab.href = filtersHash("timeline", filters);
    const [current, other] = timelineMode ? [this.timelineTab, this.listTab] : [this.listTab, this.timelineTab];
    current.setAttribute("aria-current", "page");
    other.removeAttribute("aria-current");

    const terms = queryTerms(filters.query);
    if (timelineMode) {
      this.shown = applyFilters(timeline(), { ...filters, kind: "event" });
      this.status.textContent = `${count(this.shown.length, EVENTS)} of ${dataset.events.length}, earliest first`;
      this.results.replaceChildren(this.timeline());
    } else {
      this.shown = applyFilters(IN_LIST_ORDER, filters);
      this.status.textContent =
        this.shown.length === IN_LIST_ORDER.length
          ? `All ${count(this.shown.length, RECORDS)}`
          : `${count(this.shown.length, RECORDS)} of ${IN_LIST_ORDER.length}`;
      this.results.replaceChildren(
        h(
          "ol",
          { class: "cards" },
          this.shown.map((r) => recordCard(r, terms)),
        ),
      );
    }
    if (queryIsCut(filters.query)) {
      this.status.textContent += ` (the search reads its first ${MAX_QUERY_TERMS} words, up to ${MAX_QUERY_CHARS} characters)`;
    }
    if (this.shown.length === 0) {
      this.results.append(h("p", { class: "empty" }, "Nothing matches. Try fewer words, or clear the filters."));
    }
    this.downloadNote.textContent = `Downloads hold the ${count(this.shown.length, SHOWN)}, from data version ${this.version}.`;
  }

  private timeline(): HTMLOListElement {
    return h(
      "ol",
      { class: "timeline" },
      this.shown.map((r) => {
        if (r.kind !== "event") return null;
        return h(
          "li",
          { class: "moment" },
          h("p", { class: "moment-when" }, whenText(r) ?? ""),
          h(
            "div",
            { class: "moment-body" },
            h("h3", {}, h("a", { href: recordHash(r.id) }, r.label)),
            h("p", { class: "quote" }, r.quote),
            h("ul", { class: "chips", "aria-label": "Entities" }, r.entities.map(entityChip)),
          ),
        );
      }),
    );
  }

  private download(format: "csv" | "json"): void {
    const filters = this.mode === "timeline" ? { ...this.filters(), kind: "event" as const } : this.filters();
    const name = fileName(this.version, filters, format);
    if (format === "csv") save(name, "text/csv;charset=utf-8", toCsv(this.shown));
    else save(name, "application/json", toJson(this.shown, filters, this.version));
  }
}
