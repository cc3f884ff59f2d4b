// Where each part of a slide's face goes on the PowerPoint slide, in the deck's slide pixels (1280 x 720). A browser
// flows a slide's blocks and wraps their lines; a .pptx holds boxes at fixed places, and neither PowerPoint nor
// LibreOffice moves a box or shrinks its type when the text above it runs long. So the export measures the text the
// way it will wrap, stacks the blocks as theme.css does (title, body, foot), and sets the whole body a step smaller
// until it fits between the title and the foot. Pure: the drawing is in slide.ts.
import { SLIDE_LAYOUT } from "../../design/slide-layout.ts";
import type { Block, Card, Face, Paragraph, Run } from "./face.ts";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A character's average advance, as a share of the type size. DejaVu Sans, which LibreOffice falls back to on a
 * machine without the deck's faces, is among the widest sans faces: text measured by it fits narrower ones too.
 */
const CHAR_WIDTH = 0.5;
const BOLD_WIDTH = 0.6;
/** Lines are set at exactly these multiples of their type size, so that the measure here is the layout there. */
export const LINE_HEIGHT = 1.2;
export const HEADING_LINE_HEIGHT = 1.12;

/** theme.css: the section's padding, the gap between blocks, the foot's right margin (the slide number's place). */
const PAD = 24;
const BLOCK_GAP = 16;
const FOOT_RIGHT = 150;
/** A chart drawn smaller than this is no longer read from the back of a hall: the body's type gives way first. */
const MIN_CHART = 220;
/** The body's type is set down in steps to this share of the theme's sizes at most. */
const MIN_FIT = 0.6;
const FIT_STEP = 0.05;
/** The QR code's side, its column (theme.css: 320 px beside the questions), the most lines a title runs to. */
const QR = 240;
const QR_COLUMN = 320;
const TITLE_LINES = 3;

function runWidth(run: Run, size: number): number {
  return run.text.length * size * (run.scale ?? 1) * (run.bold === true ? BOLD_WIDTH : CHAR_WIDTH);
}

/** The lines a paragraph wraps to at `width`: greedy, at spaces, as text boxes wrap. Each line's tallest type. */
function wrap(runs: readonly Run[], size: number, bold: boolean, width: number): number[] {
  const lines: number[] = [];
  let used = 0;
  let tallest = 0;
  for (const run of runs) {
    const style = { ...run, bold: run.bold ?? bold };
    const runSize = size * (run.scale ?? 1);
    for (const word of run.text.split(/(?<= )/)) {
      const advance = runWidth({ ...style, text: word }, size);
      const ink = runWidth({ ...style, text: word.trimEnd() }, size);
      if (used > 0 && used + ink > width) {
        lines.push(tallest);
        used = 0;
        tallest = 0;
      }
      used += advance;
      tallest = Math.max(tallest, runSize);
    }
  }
  if (used > 0 || lines.length === 0) lines.push(tallest || size);
  return lines;
}

function textWidth(runs: readonly Run[], size: number, bold = false): number {
  return runs.reduce((sum, run) => sum + runWidth({ ...run, bold: run.bold ?? bold }, size), 0);
}

/** The left indent of a list item: its bullet or number hangs in it. */
export function bulletIndent(p: Paragraph): number {
  return p.style.bullet === undefined ? 0 : p.style.size * 1.2;
}

/** Space above a paragraph that follows another in its box: theme.css's margins, 0.4em for text, 0.25em in lists. */
export function spaceBefore(p: Paragraph, index: number): number {
  if (index === 0) return 0;
  return p.style.size * (p.style.spaceBefore ?? (p.style.bullet === undefined ? 0.4 : 0.25));
}

function paragraphHeight(p: Paragraph, width: number, lineHeight = p.style.lineHeight ?? LINE_HEIGHT): number {
  const lines = wrap(p.runs, p.style.size, p.style.bold === true, width - bulletIndent(p));
  return lines.reduce((sum, tallest) => sum + tallest * lineHeight, 0);
}

export function paragraphsHeight(paragraphs: readonly Paragraph[], width: number): number {
  return paragraphs.reduce((sum, p, i) => sum + spaceBefore(p, i) + paragraphHeight(p, width), 0);
}

/** The same paragraphs at `fit` times their size; one that must not wrap set smaller still where `width` needs it. */
function scaled(paragraphs: readonly Paragraph[], fit: number, width = Number.POSITIVE_INFINITY): Paragraph[] {
  return paragraphs.map((p) => {
    const size = p.style.size * fit;
    const natural = textWidth(p.runs, size, p.style.bold === true);
    const shrink = p.style.noWrap === true && natural > width ? width / natural : 1;
    return { ...p, style: { ...p.style, size: size * shrink } };
  });
}

interface EventRow {
  date: Run[];
  label: Run[];
  height: number;
}

export type Placed =
  | { kind: "text"; box: Box; paragraphs: Paragraph[] }
  | { kind: "events"; box: Box; size: number; dateWidth: number; rows: EventRow[] }
  | { kind: "quote"; box: Box; paragraphs: Paragraph[]; bar: number; inset: number }
  | { kind: "cards"; box: Box; cards: Card[]; gap: number }
  | { kind: "chart"; box: Box }
  | { kind: "follow"; box: Box; qr: number; caption: Paragraph[] };

/** A block whose height is what is left over: a chart, or columns holding one. */
function flexible(block: Block): boolean {
  return block.kind === "chart" || (block.kind === "columns" && block.columns.some((c) => c.some(flexible)));
}

/** theme.css's spacing inside blocks, in ems of the root size (36 px), set down with the rest. */
const EM = 36;

/** A block placed at the top of `box` at `fit`, as tall as it needs (or as `box` for a flexible one); none if it cannot fit. */
function place(block: Block, box: Box, fit: number, overflow = false): { items: Placed[]; height: number } | undefined {
  switch (block.kind) {
    case "text": {
      const paragraphs = scaled(block.paragraphs, fit, box.w);
      const height = paragraphsHeight(paragraphs, box.w);
      return { items: [{ kind: "text", box: { ...box, h: height }, paragraphs }], height };
    }
    case "events": {
      const size = block.size * fit;
      const gap = 0.6 * size;
      const dateWidth = Math.max(...block.rows.map((r) => textWidth(r.date, size, true))) + gap;
      const rowGap = 0.25 * size;
      const rows = block.rows.map((r) => {
        const dateLines = wrap(r.date, size, true, dateWidth).length;
        const labelLines = wrap(r.label, size, false, box.w - dateWidth).length;
        return { ...r, height: Math.max(dateLines, labelLines) * size * LINE_HEIGHT + rowGap };
      });
      const height = rows.reduce((sum, r) => sum + r.height, 0);
      return { items: [{ kind: "events", box: { ...box, h: height }, size, dateWidth, rows }], height };
    }
    case "quote": {
      const paragraphs = scaled(block.paragraphs, fit);
      const bar = 8;
      const inset = bar + 0.9 * EM * fit;
      const height = paragraphsHeight(paragraphs, box.w - inset) + 0.4 * EM * fit;
      return { items: [{ kind: "quote", box: { ...box, h: height }, paragraphs, bar, inset }], height };
    }
    case "cards": {
      const cards = block.cards.map((card) => ({ ...card, paragraphs: scaled(card.paragraphs, fit) }));
      const gap = 24;
      const inner = (box.w - gap * (cards.length - 1)) / cards.length - 2 * PAD;
      // A card: an 8 px top border, 16 px of padding above and below its text.
      const height = Math.max(...cards.map((card) => paragraphsHeight(card.paragraphs, inner))) + 8 + 32;
      return { items: [{ kind: "cards", box: { ...box, h: height }, cards, gap }], height };
    }
    case "chart":
      return box.h < MIN_CHART * fit && !overflow ? undefined : { items: [{ kind: "chart", box }], height: box.h };
    case "follow": {
      const qr = Math.min(QR * fit, box.w);
      const caption = scaled(block.caption, fit);
      const height = qr + 8 + paragraphsHeight(caption, box.w);
      return { items: [{ kind: "follow", box: { ...box, h: height }, qr, caption }], height };
    }
    case "columns": {
      const widths =
        block.fixedRight === undefined
          ? [(box.w - block.gap) / 2, (box.w - block.gap) / 2]
          : [box.w - block.gap - block.fixedRight, block.fixedRight];
      const grow = flexible(block);
      let x = box.x;
      const items: Placed[] = [];
      let height = 0;
      for (const [i, column] of block.columns.entries()) {
        const w = widths[i] ?? 0;
        const placed = stack(column, { x, y: box.y, w, h: box.h }, fit, overflow);
        if (placed === undefined) return undefined;
        items.push(...placed.items);
        height = Math.max(height, placed.height);
        x += w + block.gap;
      }
      return { items, height: grow ? box.h : height };
    }
  }
}

/**
 * Blocks stacked top to bottom in `box`, flexible ones sharing what the others leave; none if they cannot fit, unless
 * `overflow` lets them run past the bottom (flexible blocks at their least).
 */
function stack(
  blocks: readonly Block[],
  box: Box,
  fit: number,
  overflow = false,
): { items: Placed[]; height: number } | undefined {
  const gap = BLOCK_GAP * fit;
  let taken = gap * Math.max(0, blocks.length - 1);
  for (const block of blocks) {
    if (flexible(block)) continue;
    const placed = place(block, box, fit, overflow);
    if (placed === undefined) return undefined;
    taken += placed.height;
  }
  const flexCount = blocks.filter(flexible).length;
  if (taken > box.h + 0.5 && !overflow) return undefined;
  const share = flexCount === 0 ? 0 : Math.max((box.h - taken) / flexCount, overflow ? MIN_CHART * fit : 0);
  const items: Placed[] = [];
  let y = box.y;
  for (const block of blocks) {
    const placed = place(block, { ...box, y, h: flexible(block) ? share : box.h }, fit, overflow);
    if (placed === undefined) return undefined;
    items.push(...placed.items);
    y += placed.height + gap;
  }
  return { items, height: Math.max(0, y - gap - box.y) };
}

export interface SlidePlan {
  title: { box: Box; paragraph: Paragraph };
  /** Under a slide's heading, the theme's 4 px rule; beside the title slide's title, its 12 px bar. */
  rule: Box;
  items: Placed[];
  foot: { box: Box; paragraphs: Paragraph[] };
  /** The share of the theme's type sizes the body is set at (1 when it fits as designed). */
  fit: number;
  /** True when the body overflows even at the smallest fit: a slide to shorten. */
  overflows: boolean;
}

/** The title at its size, set smaller while it runs to more than TITLE_LINES lines. */
function fitTitle(title: Paragraph, width: number): { paragraph: Paragraph; height: number } {
  for (let fit = 1; ; fit -= FIT_STEP) {
    const [paragraph] = scaled([title], fit);
    if (paragraph === undefined) throw new Error("unreachable: one paragraph in, one out");
    const lines = wrap(paragraph.runs, paragraph.style.size, true, width).length;
    if (lines <= TITLE_LINES || fit <= MIN_FIT) {
      return { paragraph, height: paragraphHeight(paragraph, width, HEADING_LINE_HEIGHT) };
    }
  }
}

/**
 * Where a slide's title goes: under the top edge, or on the title slide lower and beside its bar, as theme.css sets
 * them. The slide layouts' title placeholders are put here, as tall as the longest title the plan allows.
 */
export function titleArea(titleSlide: boolean): Box {
  const x = titleSlide ? PAD + 12 + 30 : PAD;
  const y = titleSlide ? 100 : 16;
  const size = EM * (titleSlide ? 1.7 : 1.3);
  return { x, y, w: SLIDE_LAYOUT.width - x - PAD, h: TITLE_LINES * size * HEADING_LINE_HEIGHT };
}

/** The whole slide: title, body and foot. `titleSlide` sets the title lower, beside a bar, as the deck's first slide. */
export function planSlide(face: Face, foot: Paragraph[], titleSlide: boolean): SlidePlan {
  const { width, height } = SLIDE_LAYOUT;
  const area = titleArea(titleSlide);
  const left = area.x;
  const top = area.y;
  const title = fitTitle(face.title, area.w);
  const titleBox = { ...area, h: title.height };
  const rule = titleSlide
    ? { x: PAD, y: top, w: 12, h: title.height }
    : { x: PAD, y: top + title.height + 0.25 * title.paragraph.style.size, w: width - 2 * PAD, h: 4 };
  const footWidth = width - PAD - FOOT_RIGHT;
  const footHeight = paragraphsHeight(foot, footWidth);
  const footBox = { x: PAD, y: height - 8 - footHeight, w: footWidth, h: footHeight };
  const bodyTop = titleSlide ? rule.y + rule.h + 24 : rule.y + rule.h + 0.5 * EM;
  const body = { x: left, y: bodyTop, w: width - left - PAD, h: footBox.y - 12 - bodyTop };
  // A QR code among the slide's own blocks (the title slide's) stands at the body's lower right, the text beside it.
  const code = face.blocks
    .filter((b) => b.kind === "follow")
    .flatMap(
      (block) => place(block, { x: body.x + body.w - QR_COLUMN, y: body.y, w: QR_COLUMN, h: body.h }, 1)?.items ?? [],
    )
    .map((item) => ({ ...item, box: { ...item.box, y: body.y + body.h - item.box.h } }));
  const flow = face.blocks.filter((b) => b.kind !== "follow");
  const flowBox = code.length === 0 ? body : { ...body, w: body.w - QR_COLUMN - PAD };
  const plan = (items: Placed[], fit: number, overflows: boolean): SlidePlan => ({
    title: { box: titleBox, paragraph: title.paragraph },
    rule,
    items: [...items, ...code],
    foot: { box: footBox, paragraphs: foot },
    fit,
    overflows,
  });
  for (let step = 0; 1 - step * FIT_STEP >= MIN_FIT - 1e-9; step += 1) {
    const fit = 1 - step * FIT_STEP;
    const placed = stack(flow, flowBox, fit);
    if (placed !== undefined) return plan(placed.items, fit, false);
  }
  // Too long even at the smallest fit: stacked anyway, running past the foot, and said so.
  return plan(stack(flow, flowBox, MIN_FIT, true)?.items ?? [], MIN_FIT, true);
}
