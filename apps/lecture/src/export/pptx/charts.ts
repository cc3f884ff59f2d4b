// A slide's chart, drawn in PowerPoint from the same data the deck's SVG is drawn from (charts/chart.ts): bars as a
// native PowerPoint chart, whose numbers a colleague edits in PowerPoint's own sheet, its title stating the measure
// and the unit; the unit chart (Tsentr 2019's squares), the seats, the timeline and the asymmetry as shapes and text
// boxes, one per mark, laid out as the SVG lays them out and scaled to fit the slide's chart box.
import type PptxGenJS from "pptxgenjs";
import { ASYMMETRY_WORDS, type AsymmetryChartOptions } from "../../charts/asymmetry.ts";
import type { BarChartOptions } from "../../charts/bars.ts";
import type { Chart } from "../../charts/chart.ts";
import { type SeatChartOptions, seatBySeatFits, seatCount } from "../../charts/seats.ts";
import { LABEL, SMALL } from "../../charts/svg.ts";
import type { TimelineChartOptions } from "../../charts/timeline.ts";
import { perSquareLegend, type UnitChartOptions, unitScale } from "../../charts/units.ts";
import { palette } from "../../design/palette.ts";
import { addTextBox, points, position, rgb } from "./draw.ts";
import { plainText, type Run, type TextStyle } from "./face.ts";
import { type Box, paragraphsHeight, textWidth } from "./layout.ts";

type Slide = PptxGenJS.Slide;

/**
 * A chart's own coordinates (the SVG's user units) mapped onto a box of the slide: scaled to fit, centred across and
 * from the top, as the deck's chart frame sets its SVG; type scaled with it.
 */
class Drawing {
  readonly #scale: number;
  readonly #x: number;
  readonly #y: number;
  constructor(
    readonly slide: Slide,
    box: Box,
    width: number,
    height: number,
  ) {
    this.#scale = Math.min(1, box.w / width, box.h / height);
    this.#x = box.x + (box.w - width * this.#scale) / 2;
    this.#y = box.y;
  }

  #box(x: number, y: number, w: number, h: number): Box {
    const k = this.#scale;
    return { x: this.#x + x * k, y: this.#y + y * k, w: w * k, h: h * k };
  }

  shape(
    kind: "rect" | "roundRect" | "ellipse",
    at: [number, number, number, number],
    fill: string,
    outline: { colour: string; width: number } | undefined,
    name: string,
  ): void {
    this.slide.addShape(kind, {
      ...position(this.#box(...at)),
      fill: { color: rgb(fill) },
      line:
        outline === undefined
          ? { type: "none" }
          : { color: rgb(outline.colour), width: points(outline.width * this.#scale) },
      ...(kind === "roundRect" ? { rectRadius: 0.06 } : {}),
      objectName: name,
    });
  }

  line(from: [number, number], to: [number, number], colour: string, width: number): void {
    const [x1, y1] = from;
    const [x2, y2] = to;
    this.slide.addShape("line", {
      ...position(this.#box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1))),
      line: { color: rgb(colour), width: points(width * this.#scale) },
      objectName: "Line",
    });
  }

  text(
    at: [number, number, number, number],
    runs: Run[],
    style: TextStyle,
    name: string,
    valign: "top" | "middle" = "top",
  ): void {
    const box = this.#box(...at);
    const paragraph = { style: { ...style, size: style.size * this.#scale }, runs };
    if (valign === "top") {
      addTextBox(this.slide, box, [paragraph], name);
      return;
    }
    this.slide.addText(
      runs.map((run) => ({
        text: run.text,
        options: {
          fontSize: points(paragraph.style.size),
          bold: run.bold ?? style.bold ?? false,
          color: rgb(run.colour ?? style.colour ?? palette.text),
          align: style.align ?? "left",
        },
      })),
      { ...position(box), margin: 0, valign: "middle", isTextBox: true, objectName: name },
    );
  }
}

/** "billion" for 1e9: the word the data package's values use for a scale (formatValue's compact notation). */
function scaleWord(divisor: number): string {
  const parts = new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long" }).formatToParts(divisor);
  return parts.find((p) => p.type === "compact")?.value ?? "";
}

/**
 * Bars as a native column chart. Amounts from a million up are charted in the scale the slide writes them in ("$69.6
 * billion" is 69.6 in a chart of billions of US dollars), so the numbers a colleague sees and edits are the slide's.
 * Under it, the chart's description: the values as the slide states them, with their hedges and the change.
 */
function bars(pptx: PptxGenJS, slide: Slide, options: BarChartOptions, box: Box): void {
  const max = Math.max(...options.bars.map((b) => Math.abs(b.amount)));
  const power = max >= 1e6 ? 3 * Math.floor(Math.log10(max) / 3) : 0;
  const divisor = 10 ** power;
  const unit = power === 0 ? options.unit : `${scaleWord(divisor)}s of ${options.unit}`;
  const values = options.bars.map((b) => b.amount / divisor);
  const tenths = values.some((v) => Math.abs(Math.round(v * 10) - Math.round(v) * 10) > 0);
  const format = tenths ? "#,##0.0" : "#,##0";
  const caption = {
    style: { size: SMALL, colour: palette.muted, align: "center" as const },
    runs: [{ text: options.description }],
  };
  const captionHeight = paragraphsHeight([caption], box.w);
  const chartBox = { ...box, h: box.h - captionHeight - 8 };
  const text = { color: rgb(palette.text) };
  slide.addChart(pptx.ChartType.bar, [{ name: unit, labels: options.bars.map((b) => b.label), values }], {
    ...position(chartBox),
    barDir: "col",
    chartColors: options.bars.map((b) => rgb(b.colour)),
    barGapWidthPct: 60,
    showTitle: true,
    title: `${options.title} (${unit})`,
    titleFontSize: points(LABEL),
    titleColor: text.color,
    showValue: true,
    dataLabelFormatCode: format,
    dataLabelPosition: "outEnd",
    dataLabelFontSize: points(LABEL),
    dataLabelFontBold: true,
    dataLabelColor: text.color,
    catAxisLabelFontSize: points(LABEL),
    catAxisLabelColor: text.color,
    valAxisLabelFontSize: points(SMALL * 0.75),
    valAxisLabelColor: rgb(palette.muted),
    valAxisLabelFormatCode: format,
    valAxisMinVal: 0,
    valGridLine: { color: rgb(palette.wash), size: 1 },
    showLegend: false,
    altText: options.description,
    objectName: options.title,
  });
  addTextBox(slide, { ...box, y: box.y + box.h - captionHeight, h: captionHeight }, [caption], "Chart description");
}

/** Tsentr 2019's squares: one per contingent as large as the part, the part's filled, with the legend under them. */
function units(slide: Slide, options: UnitChartOptions, box: Box): void {
  const scale = unitScale(options.part, options.whole);
  const columns = 20;
  const side = 38;
  const gap = 8;
  const width = columns * (side + gap) - gap;
  const gridHeight = Math.ceil(scale.squares / columns) * (side + gap);
  const scaled = scale.perSquare !== options.part;
  const legends = [
    { swatch: options.partColour, text: plainText(options.partLegend) },
    { swatch: palette.wash, text: plainText(options.wholeLegend) },
    ...(scaled ? [{ swatch: undefined, text: perSquareLegend(options, scale) }] : []),
  ];
  const legendTop = gridHeight + 20;
  const drawing = new Drawing(slide, box, width, legendTop + legends.length * LABEL * 1.8);
  for (let i = 0; i < scale.squares; i++) {
    const filled = i < scale.filled;
    const at: [number, number, number, number] = [
      (i % columns) * (side + gap),
      Math.floor(i / columns) * (side + gap),
      side,
      side,
    ];
    drawing.shape(
      "roundRect",
      at,
      filled ? options.partColour : palette.wash,
      { colour: filled ? options.partColour : palette.rule, width: 2 },
      "Square",
    );
  }
  legends.forEach((legend, i) => {
    const y = legendTop + i * LABEL * 1.8;
    if (legend.swatch !== undefined) {
      drawing.shape(
        "roundRect",
        [0, y + 4, side * 0.8, side * 0.8],
        legend.swatch,
        { colour: legend.swatch === palette.wash ? palette.rule : legend.swatch, width: 2 },
        "Legend square",
      );
    }
    drawing.text([side + 6, y, width - side - 6, LABEL * 1.5], [{ text: legend.text }], { size: LABEL }, "Legend");
  });
}

/** Seats as circles, those held in their holder's colour and named under it; a body too large to draw is stated. */
function seats(slide: Slide, options: SeatChartOptions, box: Box): void {
  const { total, holders } = options;
  if (!seatBySeatFits(options)) {
    const lines = holders.length + 1;
    const drawing = new Drawing(slide, box, 900, lines * LABEL * 1.6 + 20);
    holders.forEach((holder, i) => {
      drawing.text(
        [0, i * LABEL * 1.6, 900, LABEL * 1.5],
        [{ text: holder.name }],
        { size: LABEL, bold: true, colour: holder.colour, align: "center" },
        "Holder",
      );
    });
    const count = seatCount(holders.length, total);
    drawing.text(
      [0, holders.length * LABEL * 1.6, 900, LABEL * 2],
      [{ text: count }],
      { size: LABEL + 8, bold: true, align: "center" },
      "Seats",
    );
    return;
  }
  const radius = 64;
  const pitch = 180;
  const width = total * pitch;
  const drawing = new Drawing(slide, box, width, 2 * radius + 120);
  for (let i = 0; i < total; i++) {
    const holder = holders[i];
    const at: [number, number, number, number] = [pitch / 2 + i * pitch - radius, 10, 2 * radius, 2 * radius];
    if (holder === undefined) {
      drawing.shape("ellipse", at, palette.wash, { colour: palette.rule, width: 3 }, "Seat");
      continue;
    }
    drawing.shape("ellipse", at, holder.colour, undefined, `Seat: ${holder.name}`);
    drawing.text(
      [i * pitch, 2 * radius + 24, pitch, LABEL * 1.5],
      [{ text: holder.name }],
      { size: LABEL, bold: true, colour: holder.colour, align: "center" },
      "Seat holder",
    );
  }
  const othersStart = pitch * holders.length;
  drawing.text(
    [othersStart, 2 * radius + 24, width - othersStart, SMALL * 3],
    [{ text: options.othersLabel }],
    { size: SMALL, colour: palette.muted, align: "center" },
    "Other seats",
  );
}

/** The timeline: dates on the left, a line with a dot per event, each event's label beside its dot. */
function timeline(slide: Slide, options: TimelineChartOptions, box: Box): void {
  const size = LABEL - 2;
  const width = 1140;
  // As wide as the longest date, with room to spare: a date must never wrap.
  const dateWidth = 1.15 * Math.max(...options.entries.map((e) => textWidth([{ text: e.date }], size, true)), 4 * size);
  const lineX = dateWidth + 30;
  const textX = lineX + 32;
  const rows = options.entries.map((entry) => {
    const label = { style: { size }, runs: [{ text: entry.label }] };
    return { entry, height: paragraphsHeight([label], width - textX) };
  });
  const height = rows.reduce((sum, row) => sum + row.height + 24, 0);
  const drawing = new Drawing(slide, box, width, height);
  drawing.line([lineX, 0], [lineX, height - 12], palette.rule, 4);
  let y = 0;
  for (const { entry, height: rowHeight } of rows) {
    drawing.shape("ellipse", [lineX - 11, y + size * 0.6 - 11, 22, 22], entry.colour, undefined, "Event");
    drawing.text([0, y, dateWidth, size * 1.4], [{ text: entry.date }], { size, bold: true, align: "right" }, "Date");
    drawing.text([textX, y, width - textX, rowHeight], [{ text: entry.label }], { size }, "Event");
    y += rowHeight + 24;
  }
}

/** Who is ahead, measure by measure: a row per measure, a pill on the side ahead (an outline where only implied). */
function asymmetry(slide: Slide, options: AsymmetryChartOptions, box: Box): void {
  const width = 1100;
  const row = 50;
  const pill = 250;
  const size = 26;
  const implied = options.groups.some((g) => g.rows.some((r) => r.implied));
  const rowCount = options.groups.reduce((sum, g) => sum + g.rows.length, 0);
  const height = 50 + options.groups.length * 48 + rowCount * row + (implied ? 40 : 0);
  const drawing = new Drawing(slide, box, width, height);
  const [left, right] = options.sides;
  drawing.text(
    [0, 0, pill, 40],
    [{ text: left.name }],
    { size: size + 4, bold: true, colour: left.colour, align: "center" },
    "Side",
  );
  drawing.text(
    [width - pill, 0, pill, 40],
    [{ text: right.name }],
    { size: size + 4, bold: true, colour: right.colour, align: "center" },
    "Side",
  );
  let y = 50;
  for (const group of options.groups) {
    drawing.text(
      [0, y + 8, width, 34],
      [{ text: group.heading.toUpperCase() }],
      { size: SMALL, bold: true, colour: palette.muted, align: "center" },
      "Measures",
    );
    y += 48;
    for (const measure of group.rows) {
      const side = options.sides[measure.ahead];
      const pillX = measure.ahead === 0 ? 0 : width - pill;
      drawing.shape("roundRect", [0, y, width, row - 6], palette.wash, undefined, "Measure");
      drawing.shape(
        "roundRect",
        [pillX, y, pill, row - 6],
        measure.implied ? palette.background : side.colour,
        measure.implied ? { colour: side.colour, width: 3 } : undefined,
        measure.implied ? "Implied" : "Ahead",
      );
      const mark = measure.implied ? ASYMMETRY_WORDS.implied : ASYMMETRY_WORDS.ahead;
      drawing.text(
        [pillX, y, pill, row - 6],
        [{ text: mark }],
        { size, bold: true, colour: measure.implied ? side.colour : palette.background, align: "center" },
        mark,
        "middle",
      );
      drawing.text(
        [pill, y, width - 2 * pill, row - 6],
        [{ text: measure.aspect }],
        { size, align: "center" },
        "Aspect",
        "middle",
      );
      y += row;
    }
  }
  if (implied) {
    drawing.text(
      [0, y + 8, width, 32],
      [{ text: ASYMMETRY_WORDS.key }],
      { size: SMALL, colour: palette.muted, align: "center" },
      "Key",
    );
  }
}

/** The chart into `box` of the slide. */
export function drawChart(pptx: PptxGenJS, slide: Slide, chart: Chart, box: Box): void {
  switch (chart.kind) {
    case "bars":
      bars(pptx, slide, chart.options, box);
      return;
    case "units":
      units(slide, chart.options, box);
      return;
    case "seats":
      seats(slide, chart.options, box);
      return;
    case "timeline":
      timeline(slide, chart.options, box);
      return;
    case "asymmetry":
      asymmetry(slide, chart.options, box);
      return;
  }
}
