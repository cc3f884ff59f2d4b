// A slide's face, read back from the markup the slide function made: its title, and blocks of styled text runs
// (paragraphs, lists, dated events, quotes, columns, cards) with a place for its chart and its QR code. The PowerPoint
// export lays these out as text boxes, so every word on a PowerPoint slide is the deck's own, hedges included: there
// is no second copy of a slide's text to drift. Sizes are the theme's: the one type scale (design/type-scale.ts),
// chosen by the rules theme.css sets them with (tests/exports/pptx-type.test.ts holds the two together), in slide
// pixels. Markup this reader does not know stops the export with the slide and the element, rather than dropping words.
import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import { palette } from "../../design/palette.ts";
import { TYPE_SCALE as TYPE } from "../../design/type-scale.ts";
import type { SafeHtml } from "../../engine/html.ts";

type Node = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type TextNode = Extract<Node, { type: ElementType.ElementType.Text }>;

const isTag = (node: Node): node is Element => node.type === ElementType.Tag;
const isText = (node: Node): node is TextNode => node.type === ElementType.Text;

/** A stretch of text in one style. `scale` is relative to its paragraph's size (a heading's "(1 of 4)"). */
export interface Run {
  text: string;
  bold?: boolean;
  colour?: string;
  link?: string;
  scale?: number;
}

export interface TextStyle {
  /** In slide pixels (the deck's 1280 x 720 slide), as theme.css sets it. */
  size: number;
  bold?: boolean;
  colour?: string;
  align?: "left" | "center" | "right";
  bullet?: "bullet" | "number";
  /** Line height as a multiple of the size, where theme.css sets one of its own (1.2 otherwise). */
  lineHeight?: number;
  /** Space above, in ems, where theme.css sets other than a paragraph's 0.4em (a list item's 0.25em). */
  spaceBefore?: number;
  /** Kept on one line, set smaller where it would not fit (theme.css: a big number's `white-space: nowrap`). */
  noWrap?: boolean;
}

export interface Paragraph {
  style: TextStyle;
  runs: Run[];
}

/** A card: its paragraphs, and the colour of its top edge (a country's, on an event of that country; else neutral). */
export interface Card {
  paragraphs: Paragraph[];
  edge: string;
}

export type Block =
  | { kind: "text"; paragraphs: Paragraph[] }
  | { kind: "events"; size: number; rows: { date: Run[]; label: Run[] }[] }
  | { kind: "quote"; paragraphs: Paragraph[] }
  | { kind: "columns"; columns: Block[][]; gap: number; fixedRight?: number }
  | { kind: "cards"; cards: Card[] }
  | { kind: "chart" }
  | { kind: "follow"; caption: Paragraph[] };

export interface Face {
  title: Paragraph;
  blocks: Block[];
}

interface Context {
  slide: string;
  layout: string;
  /** In one of two columns (theme.css: a paragraph there is set at the detail size, events at the aside size). */
  inColumns: boolean;
  /** Spread over a short slide (theme.css: `.fill ul.claims`). */
  inFill: boolean;
  /** Below the title on the title slide, where theme.css sets the byline and the occasion at the detail size. */
  inTitleDetails: boolean;
}

class FaceError extends Error {
  constructor(slide: string, element: string, problem: string) {
    super(`Slide "${slide}" › <${element}>: ${problem}`);
    this.name = "FaceError";
  }
}

const classes = (el: Element): string[] => (DomUtils.getAttributeValue(el, "class") ?? "").split(/\s+/);
const has = (el: Element, name: string) => classes(el).includes(name);
const elements = (nodes: readonly Node[]): Element[] => nodes.filter(isTag);

/** The text runs of inline markup: whitespace collapsed as HTML shows it, styles from the theme's inline rules. */
function runsOf(nodes: readonly Node[], inherited: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      const text = node.data.replace(/\s+/g, " ");
      if (text !== "") runs.push({ ...inherited, text });
      continue;
    }
    if (!isTag(node)) continue;
    const style: Omit<Run, "text"> = { ...inherited };
    if (node.name === "strong" || has(node, "country")) style.bold = true;
    const colour = /color:\s*(#[0-9a-f]{6})/i.exec(DomUtils.getAttributeValue(node, "style") ?? "")?.[1];
    if (colour !== undefined) style.colour = colour;
    // A heading's part ("(1 of 2)"): theme.css's `h2 .part`.
    if (has(node, "part"))
      Object.assign(style, { scale: TYPE.detail / TYPE.heading, bold: false, colour: palette.muted });
    const href = DomUtils.getAttributeValue(node, "href");
    if (node.name === "a" && href !== undefined) style.link = href;
    const inner = runsOf(node.children, style);
    // Words the deck keeps on one line (theme.css: `.unbroken`) are joined by no-break spaces, which a text box keeps.
    if (has(node, "unbroken")) for (const run of inner) run.text = run.text.replaceAll(" ", "\u00a0");
    runs.push(...inner);
  }
  return runs;
}

/** Runs with the paragraph's outer whitespace trimmed, and no empty runs left over. */
function trimmed(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  const first = out[0];
  if (first !== undefined) first.text = first.text.trimStart();
  const last = out.at(-1);
  if (last !== undefined) last.text = last.text.trimEnd();
  return out.filter((r) => r.text !== "");
}

function paragraph(el: Element, style: TextStyle, inherited: Omit<Run, "text"> = {}): Paragraph {
  return { style, runs: trimmed(runsOf(el.children, inherited)) };
}

/** The style of a `<p>` by its class, in its context. */
function paragraphStyle(el: Element, ctx: Context): TextStyle | undefined {
  const layouts = ctx.layout.split(" ");
  const centred = ctx.layout === "hook-slide" ? { align: "center" as const } : {};
  // A link to the web deck's own reading view: a PowerPoint file has no such view to open.
  if (has(el, "reading-view")) return undefined;
  if (has(el, "data-version")) return { size: TYPE.smallPrint, colour: palette.muted };
  if (has(el, "scope-note")) return { size: TYPE.note, colour: palette.muted };
  if (has(el, "big-number")) {
    const size = ctx.layout === "hook-slide" ? TYPE.hookFigure : TYPE.figure;
    return { size, bold: true, lineHeight: 1.05, ...centred };
  }
  if (has(el, "caption")) return { size: TYPE.detail, colour: palette.muted, ...centred };
  const style = ((): TextStyle => {
    if (has(el, "lead")) {
      const size = layouts.includes("asymmetry-slide")
        ? TYPE.detail
        : layouts.includes("chart-slide")
          ? TYPE.aside
          : TYPE.lead;
      return { size, bold: true, ...centred };
    }
    if (has(el, "aside")) return { size: TYPE.aside, colour: palette.muted };
    if (has(el, "subtitle")) return { size: TYPE.text, colour: palette.muted };
    return { size: ctx.inTitleDetails ? TYPE.detail : TYPE.text };
  })();
  // theme.css: `.columns > div > p`, which outranks `.lead` and `.aside`.
  return ctx.inColumns ? { ...style, size: TYPE.detail } : style;
}

/**
 * A big number's hedge ("an estimated", "(computed)") is a line of its own beside the number, smaller and muted, as
 * theme.css sets it: each becomes a paragraph.
 */
function bigNumber(el: Element, style: TextStyle): Paragraph[] {
  const groups: { hedge: boolean; nodes: Node[] }[] = [];
  for (const child of el.children) {
    const hedge = isTag(child) && has(child, "hedge");
    const last = groups.at(-1);
    if (last !== undefined && !hedge && !last.hedge) last.nodes.push(child);
    else groups.push({ hedge, nodes: [child] });
  }
  return groups
    .map((group) => ({
      style: group.hedge
        ? { ...style, size: TYPE.heading, colour: palette.muted, lineHeight: 1.2 }
        : { ...style, noWrap: true },
      runs: trimmed(runsOf(group.nodes)),
    }))
    .filter((p) => p.runs.length > 0)
    .map((p, i) => (i === 0 ? p : { ...p, style: { ...p.style, spaceBefore: 0 } }));
}

function listParagraphs(el: Element, ctx: Context): Paragraph[] {
  const items = elements(el.children).filter((li) => li.name === "li");
  if (has(el, "claims")) {
    // theme.css: `.fill ul.claims`, in columns or not.
    const size = ctx.inFill ? TYPE.aside : TYPE.detail;
    return items.map((li) => paragraph(li, { size, bullet: "bullet" }));
  }
  if (has(el, "references")) return items.map((li) => paragraph(li, { size: TYPE.detail, bullet: "bullet" }));
  return items.map((li) => paragraph(li, { size: TYPE.text, bullet: el.name === "ol" ? "number" : "bullet" }));
}

function events(el: Element, ctx: Context): Block {
  const rows = elements(el.children).map((li) => {
    const [date, ...label] = elements(li.children);
    if (date === undefined || !has(date, "date")) throw new FaceError(ctx.slide, "li", "an event without its date");
    return { date: trimmed(runsOf([date])), label: trimmed(runsOf(label)) };
  });
  return { kind: "events", size: ctx.inColumns ? TYPE.aside : TYPE.text, rows };
}

/** theme.css adds the quotation marks and the dash before the speaker. */
function quote(el: Element, ctx: Context): Block {
  const paragraphs = elements(el.children).map((child) => {
    if (child.name === "blockquote") {
      const p = paragraph(child, { size: TYPE.aside });
      return { ...p, runs: [{ text: "\u201c" }, ...p.runs, { text: "\u201d" }] };
    }
    if (child.name === "figcaption") {
      const p = paragraph(child, { size: TYPE.note, colour: palette.muted });
      return { ...p, runs: [{ text: "\u2014\u00a0" }, ...p.runs] };
    }
    throw new FaceError(ctx.slide, child.name, "not part of a quote");
  });
  return { kind: "quote", paragraphs };
}

/** The QR code and its printed URL, a line per piece of it: the deck breaks it after its host, never inside. */
function follow(el: Element, ctx: Context): Block {
  const caption = elements(el.children).find((child) => child.name === "figcaption");
  if (caption === undefined) throw new FaceError(ctx.slide, "figure", "a QR code without its printed URL");
  const style = { size: TYPE.smallPrint, colour: palette.muted, align: "center" as const, spaceBefore: 0 };
  const runs = trimmed(runsOf(caption.children));
  return { kind: "follow", caption: runs.map((run) => ({ style, runs: [{ ...run, text: run.text.trim() }] })) };
}

/**
 * The colour a card's top edge is drawn in: the one its markup sets (slides/layout.ts eventCards), else theme.css's.
 * A colour set in a form this cannot read is an error, not a grey edge where the deck shows a country's.
 */
function cardEdge(card: Element, ctx: Context): string {
  const style = card.attribs.style ?? "";
  if (!/border-top-color/i.test(style)) return palette.other;
  const colour = /border-top-color:\s*(#[0-9a-f]{6})\s*(;|$)/i.exec(style)?.[1];
  if (colour === undefined)
    throw new FaceError(ctx.slide, card.name, `a card edge colour other than #rrggbb: ${style}`);
  return colour;
}

/**
 * A card's paragraphs: its heading in bold, its text smaller; a dated event or a big figure on it (the drones slide)
 * as the paragraphs they are elsewhere, at the card's size.
 */
function cardParagraphs(nodes: readonly Node[], ctx: Context, face: { title?: Paragraph }): Paragraph[] {
  const size = TYPE.text;
  return elements(nodes).flatMap((part): Paragraph[] => {
    if (part.name === "h3") return [paragraph(part, { size: TYPE.lead, bold: true })];
    if (part.name === "p" && !has(part, "big-number")) return [paragraph(part, { size })];
    return blocksOf([part], ctx, face).flatMap((block): Paragraph[] => {
      if (block.kind === "text") return block.paragraphs;
      if (block.kind === "events")
        return block.rows.map((row) => ({ style: { size }, runs: [...row.date, { text: " " }, ...row.label] }));
      throw new FaceError(ctx.slide, part.name, `a ${block.kind} on a card`);
    });
  });
}

/** Consecutive paragraphs share one text box. */
function pushText(blocks: Block[], paragraphs: Paragraph[]): void {
  const last = blocks.at(-1);
  if (last?.kind === "text") last.paragraphs.push(...paragraphs);
  else blocks.push({ kind: "text", paragraphs });
}

function blocksOf(nodes: readonly Node[], ctx: Context, face: { title?: Paragraph }): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data.trim() !== "") throw new FaceError(ctx.slide, "#text", `loose text "${node.data.trim()}"`);
      continue;
    }
    if (!isTag(node)) continue;
    const el = node;
    if (el.name === "h1" || el.name === "h2") {
      if (face.title !== undefined) throw new FaceError(ctx.slide, el.name, "a second title");
      const size = el.name === "h2" ? TYPE.heading : ctx.layout === "title-slide" ? TYPE.talkTitle : TYPE.title;
      face.title = paragraph(el, { size, bold: true });
    } else if (el.name === "h3") {
      pushText(blocks, [paragraph(el, { size: TYPE.lead, bold: true })]);
    } else if (el.name === "p") {
      const style = paragraphStyle(el, ctx);
      if (style === undefined) continue;
      // The talk's occasion is a line each (theme.css sets its parts as blocks): presenter, event, day.
      if (has(el, "occasion"))
        pushText(
          blocks,
          elements(el.children).map((part) => paragraph(part, style)),
        );
      else pushText(blocks, has(el, "big-number") ? bigNumber(el, style) : [paragraph(el, style)]);
    } else if (el.name === "ul" && has(el, "event-cards")) {
      // Events as cards side by side (the friendship slide): a card per event edged in its country's colour, its
      // date in bold on a line of its own, larger (theme.css: the heading size), then what happened.
      const { rows } = events(el, ctx) as Extract<Block, { kind: "events" }>;
      const edges = elements(el.children).map((card) => cardEdge(card, ctx));
      const cards = rows.map((row, i) => ({
        edge: edges[i] ?? palette.other,
        paragraphs: [
          { style: { size: TYPE.heading, bold: true }, runs: row.date },
          { style: { size: TYPE.text }, runs: row.label },
        ],
      }));
      blocks.push({ kind: "cards", cards });
    } else if (el.name === "ul" && has(el, "events")) {
      blocks.push(events(el, ctx));
    } else if (el.name === "ul" || el.name === "ol") {
      pushText(blocks, listParagraphs(el, ctx));
    } else if (el.name === "figure" && has(el, "quote")) {
      blocks.push(quote(el, ctx));
    } else if (el.name === "figure" && has(el, "follow")) {
      blocks.push(follow(el, ctx));
    } else if (el.name === "div" && has(el, "chart-frame")) {
      blocks.push({ kind: "chart" });
    } else if (el.name === "div" && (has(el, "columns") || has(el, "questions-follow"))) {
      const inner = { ...ctx, inColumns: has(el, "columns") };
      const columns = elements(el.children).map((column) => blocksOf([column], inner, face));
      // theme.css: two equal columns 48 px apart; the questions beside a 320 px column for the QR code, 32 px apart.
      blocks.push(
        has(el, "columns")
          ? { kind: "columns", columns, gap: 48 }
          : { kind: "columns", columns, gap: 32, fixedRight: 320 },
      );
    } else if (el.name === "div" && has(el, "cards")) {
      const cards = elements(el.children).map((card) => ({
        edge: cardEdge(card, ctx),
        paragraphs: cardParagraphs(card.children, ctx, face),
      }));
      blocks.push({ kind: "cards", cards });
    } else if (el.name === "div" || el.name === "header") {
      // A wrapper only (a column, the title block, a big figure): its children are the blocks, in the context it sets.
      const inner = {
        ...ctx,
        inFill: ctx.inFill || has(el, "fill"),
        inTitleDetails: ctx.inTitleDetails || has(el, "title-details"),
      };
      for (const block of blocksOf(el.children, inner, face)) {
        if (block.kind === "text") pushText(blocks, block.paragraphs);
        else blocks.push(block);
      }
    } else {
      throw new FaceError(ctx.slide, el.name, "the PowerPoint export does not know how to show it");
    }
  }
  return blocks;
}

/** The face of a slide from its body markup; `layout` is the slide's layout class (`chart-slide`, `hook-slide`). */
export function readFace(slide: string, body: SafeHtml, layout = ""): Face {
  const face: { title?: Paragraph } = {};
  const blocks = blocksOf(
    parseDocument(String(body)).children,
    { slide, layout, inColumns: false, inFill: false, inTitleDetails: false },
    face,
  );
  if (face.title === undefined) throw new FaceError(slide, "h2", "the slide has no title");
  return { title: face.title, blocks };
}

/** The slide's foot (its source line, the running footer): one paragraph of small print each. */
export function readFoot(markup: SafeHtml): Paragraph[] {
  return elements(parseDocument(String(markup)).children).map((p) =>
    paragraph(p, { size: TYPE.smallPrint, colour: palette.muted }),
  );
}

/** Inline markup as plain text (a chart's legend, a source line). */
export function plainText(markup: SafeHtml | string): string {
  return trimmed(runsOf(parseDocument(String(markup)).children))
    .map((r) => r.text)
    .join("");
}
