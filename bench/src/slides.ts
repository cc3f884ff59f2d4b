// The text of a built reveal.js deck, slide by slide, read from its HTML without a browser: the baseline deck is
// generated from it, so that both decks carry the same slides and the same words.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface SlideText {
  /** visible text, one entry per block element (heading, paragraph, list item, chart label) */
  blocks: string[];
  /** speaker notes, one entry per block element */
  notes: string[];
  /** each chart's SVG as written (its words are in `blocks` too), for the floor that draws the same charts */
  charts: string[];
}

/** Elements that end one run of text and start the next. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "caption",
  "dd",
  "div",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "ol",
  "p",
  "section",
  "aside",
  "table",
  "td",
  "text",
  "th",
  "title",
  "tr",
  "ul",
]);

/** Elements whose content is never shown as text. */
const HIDDEN_TAGS = new Set(["script", "style", "template", "noscript"]);

const NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name.toLowerCase() as keyof typeof NAMED_ENTITIES] ?? whole;
  });
}

export function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The slides of a deck in the order reveal.js shows them: every `<section>` that holds no other section (a vertical
 * stack counts as its slides), with the text of its speaker notes (`data-notes`, or `<aside class="notes">`) kept
 * apart.
 */
export function slidesOf(html: string): SlideText[] {
  const open: { slide: SlideText; hasChildSection: boolean }[] = [];
  const slides: SlideText[] = [];
  let notesDepth = 0;
  let asideDepth = 0;
  let hiddenDepth = 0;
  let svgDepth = 0;
  let svgStart = 0;
  let run = "";

  const endRun = () => {
    const text = run.replace(/\s+/g, " ").trim();
    run = "";
    const current = open.at(-1);
    if (!text || !current) return;
    (notesDepth > 0 ? current.slide.notes : current.slide.blocks).push(text);
  };

  for (const match of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = "", text] = match;
    if (text !== undefined) {
      if (hiddenDepth === 0) run += decodeEntities(text);
      continue;
    }
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    const selfClosing = attributes.trimEnd().endsWith("/");
    if (HIDDEN_TAGS.has(tag)) {
      if (!selfClosing) hiddenDepth += closing ? -1 : 1;
      continue;
    }
    if (hiddenDepth > 0) continue;
    if (BLOCK_TAGS.has(tag)) endRun();
    if (tag === "svg" && !selfClosing) {
      if (!closing && svgDepth++ === 0) svgStart = match.index;
      if (closing && --svgDepth === 0)
        open.at(-1)?.slide.charts.push(html.slice(svgStart, match.index + match[0].length));
    }
    if (tag === "section" && !selfClosing) {
      if (closing) {
        const finished = open.pop();
        if (finished && !finished.hasChildSection) slides.push(finished.slide);
      } else {
        const parent = open.at(-1);
        if (parent) parent.hasChildSection = true;
        open.push({ slide: { blocks: [], notes: notesAttributeOf(attributes), charts: [] }, hasChildSection: false });
      }
    } else if (tag === "aside" && !selfClosing) {
      if (closing) {
        asideDepth -= 1;
        if (asideDepth < notesDepth) notesDepth = 0;
      } else {
        asideDepth += 1;
        if (notesDepth === 0 && /\bclass\s*=\s*["'][^"']*\bnotes\b/.test(attributes)) notesDepth = asideDepth;
      }
    }
  }
  return slides;
}

/**
 * Speaker notes that a section carries in its `data-notes` attribute (HTML, attribute-escaped), which reveal.js reads
 * like an `<aside class="notes">` without the page parsing them into elements at load.
 */
function notesAttributeOf(attributes: string): string[] {
  const value = /\bdata-notes\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
  if (value === null) return [];
  return slidesOf(`<section>${decodeEntities(value[1] ?? value[2] ?? "")}</section>`)[0]?.blocks ?? [];
}

export function textLength(slides: SlideText[]) {
  return slides.reduce((sum, slide) => sum + [...slide.blocks, ...slide.notes].join("").length, 0);
}

/**
 * A built page of ours as reveal reads it once the speaker view has opened: the notes file the page names
 * (`data-notes-src`, JSON of slide id to notes markup) put into its sections' `data-notes`, for slidesOf to read.
 */
export function pageWithNotes(dist: string, page: string): string {
  const html = readFileSync(join(dist, page), "utf8");
  const file = /\bdata-notes-src="([^"]*)"/.exec(html)?.[1];
  if (file === undefined) return html;
  const notes = JSON.parse(readFileSync(join(dist, dirname(page), decodeEntities(file)), "utf8")) as Record<
    string,
    string
  >;
  return html.replace(/<section id="([^"]*)"/g, (whole, id: string) => {
    const markup = notes[id];
    return markup === undefined ? whole : `${whole} data-notes="${escapeHtml(markup)}"`;
  });
}

/** The slides' words and notes alone: what the words-only floor carries of ours (it draws no chart). */
export function wordsOf(slides: SlideText[]) {
  return slides.map(({ blocks, notes }) => ({ blocks, notes }));
}

/**
 * A page of ours with every chart it draws taken out (each SVG as slidesOf found it, the words drawn in it with it):
 * how far the rest of our deck is from the floor.
 */
export function withoutCharts(html: string): string {
  const charts = slidesOf(html).flatMap((slide) => slide.charts);
  return charts.reduce((page, chart) => page.replace(chart, ""), html);
}
