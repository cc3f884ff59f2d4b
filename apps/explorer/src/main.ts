// Start-up: the page shell, then one view at a time as the URL's hash changes. Focus moves to the new view's
// heading on navigation, so keyboard and screen reader users land where the content changed.
import { dataset, titleOf } from "@alignment/data";
import { BrowseView } from "./browse.ts";
import { essayReference } from "./cite.ts";
import { h } from "./dom.ts";
import { missingPage, recordPage } from "./page.ts";
import { findRecord } from "./records.ts";
import { filtersHash, parseRoute } from "./route.ts";
import "./style.css";

const APP_NAME = "Alignment fact explorer";
/** The data version, as dataset.json states it: the page and every download name it. */
const { version } = dataset;

function required(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`index.html lacks ${selector}`);
  return element;
}

const main = required("#main");
const versionLabel = required("#data-version");
const skipLink = required(".skip-link");
const credits = required("#credits");
versionLabel.textContent = `Data version ${version}`;

credits.append(
  h("p", {}, `From ${essayReference()}. `, `Data: @alignment/data ${version}.`),
  ...dataset.meta.scopeNotes.map((note) => h("p", {}, note)),
);

// A skip link's usual href="#main" would be read as a route; move focus by hand instead.
skipLink.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

const browse = new BrowseView(version);
let lastBrowseHash = "#/";
let lastRecordId: string | undefined;

function render(initial: boolean): void {
  const route = parseRoute(location.hash);
  if (route.view === "list" || route.view === "timeline") {
    const arriving = main.firstElementChild !== browse.element;
    lastBrowseHash = filtersHash(route.view, route.filters);
    browse.show(route.view, route.filters);
    document.title = route.view === "timeline" ? `Timeline \u00b7 ${APP_NAME}` : APP_NAME;
    if (!arriving) return;
    main.replaceChildren(browse.element);
    if (initial) return;
    // Coming back from a record: land on its link again, where the reader left the list.
    const previous =
      lastRecordId && browse.element.querySelector<HTMLElement>(`a[href="#/fact/${CSS.escape(lastRecordId)}"]`);
    (previous || browse.heading).focus();
    return;
  }
  const found = route.view === "record" ? findRecord(route.id) : undefined;
  const page = found
    ? recordPage(found, lastBrowseHash)
    : missingPage(route.view === "record" ? route.id : route.path, version);
  lastRecordId = found?.id;
  document.title = `${found ? titleOf(found) : "No record here"} \u00b7 ${APP_NAME}`;
  main.replaceChildren(page.element);
  window.scrollTo(0, 0);
  if (!initial) page.heading.focus();
}

window.addEventListener("hashchange", () => render(false));
render(true);
