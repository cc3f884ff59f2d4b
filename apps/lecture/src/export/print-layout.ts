// The printed pages of a handout, laid out in the browser on top of reveal's print view (?print-pdf): reveal has
// already drawn every slide whole as a `.pdf-page`; this puts them on sheets of A4 or Letter paper, one slide a page,
// three a page beside ruled lines for notes, or each slide above its speaker notes. The notes are paginated here,
// where their height can be measured: a continuation page starts between two notes, never inside one (a figure's
// quote and its citation stay together), and is headed "Slide N (cont.)"; the last sheet ends the document, so no
// blank page follows. Links into the exporter's own temporary server become their text: a handout leaves the room.
//
// `layOutSheets` runs in the page (Playwright serialises it): it may use nothing from this module but its types.

type Paper = "a4" | "letter";
export type Layout = "slides" | "handout" | "notes";

export const PAPERS: readonly Paper[] = ["a4", "letter"];
export const LAYOUTS: readonly Layout[] = ["slides", "handout", "notes"];

/** Portrait sizes in points: ISO 216 A4 is 210 x 297 mm, US Letter 8.5 x 11 in. */
const PAPER_POINTS: Record<Paper, { width: number; height: number }> = {
  a4: { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 },
  letter: { width: 612, height: 792 },
};

interface SheetSpec {
  layout: Layout;
  /** The sheet in points, oriented: slides print landscape, handouts and notes portrait. */
  width: number;
  height: number;
  /** The line at the foot of every sheet (the talk, the data version); the page number is added to it. */
  footer: string;
}

/** A sheet for this layout on this paper: a slide a page fills a landscape sheet best, a column of them portrait. */
export function sheetSpec(layout: Layout, paper: Paper, footer: string): SheetSpec {
  const { width, height } = PAPER_POINTS[paper];
  return layout === "slides" ? { layout, width: height, height: width, footer } : { layout, width, height, footer };
}

/** What the layout did, for the exporter's report. */
interface SheetReport {
  slides: number;
  sheets: number;
  /** Links left in the document, each as its URL: none may point at the exporter's own server. */
  links: string[];
}

/** Lays the print view's slides out on sheets; runs in the page after reveal's `pdf-ready`. */
export function layOutSheets(spec: SheetSpec): SheetReport {
  const PX_PER_PT = 4 / 3;
  const MARGIN = 36;
  const FOOTER = 18;
  const HEADER = 20;
  const GAP = 12;
  const LINE_SPACING = 22;
  const slidesElement = document.querySelector<HTMLElement>(".reveal .slides");
  const pages = [...document.querySelectorAll<HTMLElement>(".reveal .slides > .pdf-page")];
  if (slidesElement === null || pages.length === 0) throw new Error("reveal's print view holds no slide pages");

  // A link to the exporter's temporary server is dead once the export ends: its text stays, the link goes.
  for (const link of [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]) {
    if (new URL(link.href).origin !== location.origin) continue;
    const text = document.createElement("span");
    text.className = link.className;
    // As the link did (theme.css), a record's id never breaks at its hyphens.
    text.style.whiteSpace = getComputedStyle(link).whiteSpace;
    text.append(...link.childNodes);
    link.replaceWith(text);
  }

  // The print view's page size and body size give way to the paper's.
  for (const style of [...document.querySelectorAll("style")]) {
    if (style.textContent?.trimStart().startsWith("@page")) style.remove();
  }
  document.body.style.width = "";
  document.body.style.height = "";
  const css = document.createElement("style");
  css.textContent = `
@page { size: ${spec.width}pt ${spec.height}pt; margin: 0; }
.reveal .slides > .sheet { position: relative; width: ${spec.width}pt; height: ${spec.height}pt; overflow: hidden;
  break-after: page; box-sizing: border-box; padding: ${MARGIN}pt ${MARGIN}pt 0; background: #fff; }
.reveal .slides > .sheet:last-child { break-after: auto; }
.reveal .sheet .sheet-head { height: ${HEADER}pt; margin: 0; font-size: 11pt; font-weight: 700; }
.reveal .sheet .sheet-foot { position: absolute; left: ${MARGIN}pt; right: ${MARGIN}pt; bottom: ${MARGIN - FOOTER}pt;
  height: ${FOOTER}pt; margin: 0; display: flex; justify-content: space-between; gap: 12pt; font-size: 8pt;
  color: var(--muted); }
.reveal .sheet .slot { position: relative; overflow: hidden; outline: 0.75pt solid var(--rule, #ccc); }
.reveal .sheet .slot > .pdf-page { break-after: auto; }
.reveal .sheet .row { display: flex; gap: ${GAP}pt; }
.reveal .sheet .ruled { flex: 1; background: repeating-linear-gradient(to bottom, transparent 0,
  transparent ${LINE_SPACING - 0.75}pt, var(--rule, #bbb) ${LINE_SPACING - 0.75}pt, var(--rule, #bbb) ${LINE_SPACING}pt); }
.reveal .sheet .notes { overflow: hidden; margin-top: ${GAP}pt; }
.reveal .sheet .notes p, .reveal .sheet .notes ul, .reveal .sheet .notes table { margin: 0 0 4pt; font-size: 10pt;
  line-height: 1.35; }
.reveal .sheet .notes ul { padding-left: 14pt; }
.reveal .sheet .notes li { margin: 0 0 3pt; font-size: 10pt; }
.reveal .sheet .notes table { border-collapse: collapse; }
.reveal .sheet .notes caption { text-align: left; font-weight: 700; }
/* A note's section on a line of its own below its quote, upright: an italic face would be one more font in the PDF. */
.reveal .sheet .notes cite { display: block; font-style: normal; color: var(--muted, #555); }
.reveal .sheet .notes th, .reveal .sheet .notes td { padding: 1pt 8pt 1pt 0; text-align: left; font-size: 9pt; }
`;
  document.head.append(css);

  const contentWidth = spec.width - 2 * MARGIN;
  const contentHeight = spec.height - 2 * MARGIN - FOOTER;
  const pageWidth = pages[0]?.offsetWidth ?? 1;
  const pageHeight = pages[0]?.offsetHeight ?? 1;
  const sheets: HTMLElement[] = [];

  function element(tag: string, className: string, text?: string): HTMLElement {
    const made = document.createElement(tag);
    made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }
  function newSheet(heading?: string): HTMLElement {
    const sheet = element("div", "sheet");
    if (heading !== undefined) sheet.append(element("p", "sheet-head", heading));
    sheets.push(sheet);
    slidesElement?.append(sheet);
    return sheet;
  }
  /** The slide's page scaled to fit the box (in points), in a framed slot of exactly its drawn size. */
  function slot(page: HTMLElement, boxWidth: number, boxHeight: number): HTMLElement {
    const zoom = Math.min((boxWidth * PX_PER_PT) / pageWidth, (boxHeight * PX_PER_PT) / pageHeight);
    const framed = element("div", "slot");
    framed.style.width = `${(pageWidth * zoom) / PX_PER_PT}pt`;
    framed.style.height = `${(pageHeight * zoom) / PX_PER_PT}pt`;
    page.style.width = `${pageWidth}px`;
    page.style.zoom = String(zoom);
    framed.append(page);
    return framed;
  }
  /** A slide's notes as blocks a page may end between: paragraphs, tables, and each item of a list on its own. */
  function noteBlocks(section: Element | null): HTMLElement[] {
    const template = document.createElement("template");
    template.innerHTML = section?.getAttribute("data-notes") ?? "";
    return [...template.content.children].flatMap((child) => {
      if (child.tagName !== "UL" && child.tagName !== "OL") return [child as HTMLElement];
      return [...child.children].map((item) => {
        const list = document.createElement(child.tagName);
        list.append(item);
        return list;
      });
    });
  }
  const fits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight;

  const total = pages.length;
  if (spec.layout === "slides") {
    for (const page of pages) {
      const sheet = newSheet();
      const framed = slot(page, contentWidth, contentHeight);
      framed.style.margin = "0 auto";
      sheet.append(framed);
    }
  } else if (spec.layout === "handout") {
    const rowHeight = (contentHeight - 2 * GAP) / 3;
    for (let first = 0; first < total; first += 3) {
      const sheet = newSheet();
      pages.slice(first, first + 3).forEach((page, i) => {
        const row = element("div", "row");
        row.style.height = `${rowHeight}pt`;
        if (i > 0) row.style.marginTop = `${GAP}pt`;
        const ruled = element("div", "ruled");
        ruled.setAttribute("aria-label", `Notes on slide ${first + i + 1}`);
        row.append(slot(page, contentWidth * 0.58, rowHeight), ruled);
        sheet.append(row);
      });
    }
  } else {
    pages.forEach((page, index) => {
      const number = index + 1;
      const sheet = newSheet(`Slide ${number} of ${total}`);
      const framed = slot(page, contentWidth, contentHeight * 0.45);
      sheet.append(framed);
      let notes = element("div", "notes");
      notes.style.height = `${contentHeight - HEADER - framed.offsetHeight / PX_PER_PT - GAP}pt`;
      sheet.append(notes);
      const blocks = noteBlocks(page.querySelector("section"));
      for (let i = 0; i < blocks.length; i += 1) {
        const block = blocks[i] as HTMLElement;
        notes.append(block);
        if (fits(notes) || notes.children.length === 1) continue;
        // It spills over: it opens the next page, with its heading if it has just been given one (a lone <strong>).
        const carried = [block];
        const before = block.previousElementSibling;
        if (before?.tagName === "P" && before.textContent === before.querySelector("strong")?.textContent) {
          if (notes.children.length > 2) carried.unshift(before as HTMLElement);
        }
        const next = newSheet(`Slide ${number} (cont.)`);
        notes = element("div", "notes");
        notes.style.height = `${contentHeight - HEADER}pt`;
        next.append(notes);
        notes.append(...carried);
      }
    });
  }

  sheets.forEach((sheet, i) => {
    const foot = element("p", "sheet-foot");
    foot.append(element("span", "", spec.footer), element("span", "", `Page ${i + 1} of ${sheets.length}`));
    sheet.append(foot);
  });
  return {
    slides: total,
    sheets: sheets.length,
    links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => a.href),
  };
}
