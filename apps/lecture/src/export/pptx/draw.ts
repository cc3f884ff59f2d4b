// Drawing a planned slide with pptxgenjs: every text as an editable text box (the title in the layout's title
// placeholder, so PowerPoint's outline and navigation list it), events as a borderless table, quotes and cards with
// the theme's bars and fills, the QR code as a picture. Positions arrive in slide pixels and leave in inches; type in
// points. Only public http(s) links are kept: a link relative to the web deck has nothing to open in a .pptx, so its
// text (a record id in the source line) stays as plain text.
import type PptxGenJS from "pptxgenjs";
import { palette } from "../../design/palette.ts";
import type { Paragraph } from "./face.ts";
import {
  type Box,
  bulletIndent,
  HEADING_LINE_HEIGHT,
  LINE_HEIGHT,
  type Placed,
  type SlidePlan,
  spaceBefore,
} from "./layout.ts";

type Slide = PptxGenJS.Slide;

/** 96 slide pixels to the inch (1280 px is the 13.33 in of a wide slide); a pixel is three quarters of a point. */
export const inches = (px: number): number => px / 96;
export const points = (px: number): number => Math.round(px * 7.5) / 10;
export const rgb = (colour: string): string => colour.replace("#", "").toUpperCase();

export function position(box: Box): PptxGenJS.PositionProps {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
}

/** The name of the title placeholder on the export's slide layout. */
export const TITLE_PLACEHOLDER = "title";

function publicLink(href: string | undefined): { hyperlink: PptxGenJS.HyperlinkProps } | Record<string, never> {
  return href !== undefined && /^https?:\/\//.test(href) ? { hyperlink: { url: href } } : {};
}

/** Paragraphs as pptxgenjs text runs: paragraph settings on each paragraph's first run, where pptxgenjs reads them. */
function textRuns(paragraphs: readonly Paragraph[], lineHeight = LINE_HEIGHT): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((p, i) =>
    p.runs.map((run, j) => {
      const bullet =
        p.style.bullet === undefined
          ? {}
          : {
              bullet:
                p.style.bullet === "number"
                  ? { type: "number" as const, indent: points(bulletIndent(p)) }
                  : { indent: points(bulletIndent(p)) },
            };
      return {
        text: run.text,
        options: {
          fontSize: points(p.style.size * (run.scale ?? 1)),
          bold: run.bold ?? p.style.bold ?? false,
          color: rgb(run.colour ?? p.style.colour ?? palette.text),
          align: p.style.align ?? "left",
          ...publicLink(run.link),
          ...(j === 0
            ? {
                lineSpacing: points(p.style.size * (p.style.lineHeight ?? lineHeight)),
                paraSpaceBefore: points(spaceBefore(p, i)),
                ...bullet,
              }
            : {}),
          breakLine: j === p.runs.length - 1 && i < paragraphs.length - 1,
        },
      };
    }),
  );
}

/** A text box at `box`, text from its top, no inner margin: the plan measured the text to the box's edges. */
export function addTextBox(slide: Slide, box: Box, paragraphs: readonly Paragraph[], name: string): void {
  slide.addText(textRuns(paragraphs), {
    ...position(box),
    margin: 0,
    valign: "top",
    isTextBox: true,
    objectName: name,
  });
}

function drawItem(slide: Slide, item: Placed, drawChart: (box: Box) => void, qrCode: string): void {
  switch (item.kind) {
    case "text":
      addTextBox(slide, item.box, item.paragraphs, "Text");
      return;
    case "events": {
      const rows = item.rows.map((row) => [
        {
          text: textRuns([{ style: { size: item.size, bold: true }, runs: row.date }]),
          options: { valign: "top" as const },
        },
        { text: textRuns([{ style: { size: item.size }, runs: row.label }]), options: { valign: "top" as const } },
      ]);
      slide.addTable(rows, {
        ...position(item.box),
        colW: [inches(item.dateWidth), inches(item.box.w - item.dateWidth)],
        rowH: item.rows.map((row) => inches(row.height)),
        border: { type: "none" },
        margin: 0,
        objectName: "Events",
      });
      return;
    }
    case "quote":
      slide.addShape("rect", {
        ...position({ ...item.box, w: item.bar }),
        fill: { color: rgb(palette.rule) },
        line: { type: "none" },
        objectName: "Quote bar",
      });
      addTextBox(
        slide,
        { x: item.box.x + item.inset, y: item.box.y + 7, w: item.box.w - item.inset, h: item.box.h - 7 },
        item.paragraphs,
        "Quote",
      );
      return;
    case "cards": {
      const width = (item.box.w - item.gap * (item.cards.length - 1)) / item.cards.length;
      item.cards.forEach((card, i) => {
        const x = item.box.x + i * (width + item.gap);
        slide.addShape("roundRect", {
          ...position({ x, y: item.box.y, w: width, h: item.box.h }),
          fill: { color: rgb(palette.wash) },
          line: { type: "none" },
          rectRadius: 0.08,
          objectName: "Card",
        });
        slide.addShape("rect", {
          ...position({ x, y: item.box.y, w: width, h: 8 }),
          fill: { color: rgb(card.edge) },
          line: { type: "none" },
          objectName: "Card border",
        });
        addTextBox(
          slide,
          { x: x + 24, y: item.box.y + 8 + 16, w: width - 48, h: item.box.h - 40 },
          card.paragraphs,
          "Card text",
        );
      });
      return;
    }
    case "chart":
      drawChart(item.box);
      return;
    case "follow": {
      const left = item.box.x + (item.box.w - item.qr) / 2;
      const [url] = item.caption.flatMap((p) => p.runs.map((r) => r.link)).filter((link) => link !== undefined);
      slide.addImage({
        data: qrCode,
        ...position({ x: left, y: item.box.y, w: item.qr, h: item.qr }),
        altText: `QR code: ${url ?? ""}`,
        ...publicLink(url),
        objectName: "QR code",
      });
      addTextBox(
        slide,
        { x: item.box.x, y: item.box.y + item.qr + 8, w: item.box.w, h: item.box.h - item.qr - 8 },
        item.caption,
        "Explorer address",
      );
      return;
    }
  }
}

/** The planned slide onto `slide`: title, rule, body, foot. `qrCode` is the QR code as a PNG data URL. */
export function drawSlide(slide: Slide, plan: SlidePlan, drawChart: (box: Box) => void, qrCode: string): void {
  slide.addText(textRuns([plan.title.paragraph], HEADING_LINE_HEIGHT), {
    ...position(plan.title.box),
    placeholder: TITLE_PLACEHOLDER,
    margin: 0,
    valign: "top",
  });
  slide.addShape("rect", {
    ...position(plan.rule),
    fill: { color: rgb(plan.rule.w > plan.rule.h ? palette.wash : palette.other) },
    line: { type: "none" },
    objectName: "Rule",
  });
  for (const item of plan.items) drawItem(slide, item, drawChart, qrCode);
  addTextBox(slide, plan.foot.box, plan.foot.paragraphs, "Source and data version");
}
