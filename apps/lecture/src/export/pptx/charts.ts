// A slide's chart, drawn in PowerPoint from the same data the deck's SVG is drawn from (charts/chart.ts): bars as a
// native PowerPoint chart, whose numbers a colleague edits in PowerPoint's own sheet, its title stating the measure
// and the unit; the unit chart (Tsentr 2019's squares), the seats, the timeline and the asymmetry as shapes and text
// boxes, one per mark, laid out as the SVG lays them out and scaled to fit the slide's chart box.
import type PptxGenJS from "pptxgenjs";
import { ASYMMETRY_WORDS, type AsymmetryChartOptions } from "../../charts/asymmetry.ts";
import type { BarChartOptions } from "../../charts/bars.ts";
import type { Chart } from "../../charts/chart.ts";
import { type SeatChartOptions, seatBySeatFits, seatCount } from "../../charts/seats.ts";
import { LABEL, MEASURE_LINE, SMALL } from "../../charts/svg.ts";
import {
  TIMELINE_MEASURE,
  TIMELINE_TYPE,
  type TimelineChartOptions,
  type TimelineShape,
  timelineLayout,
} from "../../charts/timeline.ts";
import { type UnitChartOptions, unitMeasure, unitScale } from "../../charts/units.ts";
import { palette } from "../../design/palette.ts";
import { addTextBox, points, position, rgb } from "./draw.ts";
import { plainText, type Run, type TextStyle } from "./face.ts";
import { type Box, paragraphsHeight } from "./layout.ts";

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
    outline: { colour: string; width: number; dashed?: boolean } | undefined,
    name: string,
  ): void {
    this.slide.addShape(kind, {
      ...position(this.#box(...at)),
      fill: { color: rgb(fill) },
      line:
        outline === undefined
          ? { type: "none" }
          : {
              color: rgb(outline.colour),
              width: points(outline.width * this.#scale),
              ...(outline.dashed === true ? { dashType: "dash" as const } : {}),
            },
      ...(kind === "roundRect" ? { rectRadius: 0.06 } : {}),
      objectName: name,
    });
  }

  /** A line; dashed for an open bound, with a head at `to` for an arrow. Drawn left to right or top to bottom. */
  line(
    from: [number, number],
    to: [number, number],
    colour: string,
    width: number,
    style: { dashed?: boolean; head?: boolean; name?: string } = {},
  ): void {
    const [x1, y1] = from;
    const [x2, y2] = to;
    this.slide.addShape("line", {
      ...position(this.#box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1))),
      line: {
        color: rgb(colour),
        width: points(width * this.#scale),
        ...(style.dashed === true ? { dashType: "dash" as const } : {}),
        ...(style.head === true ? { endArrowType: "triangle" as const } : {}),
      },
      objectName: style.name ?? "Line",
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
  // The measure line the deck writes above the bars, in the unit the chart's numbers are in.
  const title = options.measure.includes(options.unit)
    ? options.measure.replace(options.unit, unit)
    : `${options.measure} (${unit})`;
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
    chartColors: [rgb(options.colour)],
    barGapWidthPct: 60,
    showTitle: true,
    title,
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

/** Squares, the part's filled, with the legend under them: Tsentr 2019's contingents, arms sales' hundred percent. */
function units(slide: Slide, options: UnitChartOptions, box: Box): void {
  const scale = unitScale(options.part, options.whole, options.perSquare);
  const inner = measureLine(slide, box, unitMeasure(options, scale));
  const columns = 20;
  const side = 38;
  const gap = 8;
  const width = columns * (side + gap) - gap;
  const gridHeight = Math.ceil(scale.squares / columns) * (side + gap);
  const legends = [
    { swatch: options.partColour, text: plainText(options.partLegend) },
    { swatch: palette.wash, text: plainText(options.wholeLegend) },
  ];
  const legendTop = gridHeight + 20;
  const drawing = new Drawing(slide, inner, width, legendTop + legends.length * LABEL * 1.8);
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
    drawing.shape(
      "roundRect",
      [0, y + 4, side * 0.8, side * 0.8],
      legend.swatch,
      { colour: legend.swatch === palette.wash ? palette.rule : legend.swatch, width: 2 },
      "Legend square",
    );
    drawing.text([side + 6, y, width - side - 6, LABEL * 1.5], [{ text: legend.text }], { size: LABEL }, "Legend");
  });
}

/** Seats as circles, those held in their holder's colour and named under it; a body too large to draw is stated. */
function seats(slide: Slide, options: SeatChartOptions, frame: Box): void {
  const { total, holders } = options;
  const box = measureLine(slide, frame, options.measure);
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
  const radius = 52;
  const pitch = 160;
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

/** A timeline mark (or the legend's picture of one) as shapes. */
function timelineShape(drawing: Drawing, shape: TimelineShape): void {
  const { bar, dot } = TIMELINE_TYPE;
  switch (shape.kind) {
    case "period":
      drawing.shape(
        "roundRect",
        [shape.x, shape.y - bar / 2, shape.w, bar],
        shape.rough ? palette.background : shape.colour,
        shape.rough ? { colour: shape.colour, width: 3, dashed: true } : undefined,
        shape.rough ? "Rough date" : "Period",
      );
      return;
    case "dot":
      drawing.shape("ellipse", [shape.x - dot, shape.y - dot, 2 * dot, 2 * dot], shape.colour, undefined, "Date");
      return;
    case "trail":
      drawing.line([shape.x1, shape.y], [shape.x2, shape.y], shape.colour, 4, { dashed: true, name: "Open bound" });
      return;
    case "arrow":
      drawing.line([shape.x1, shape.y], [shape.x2, shape.y], shape.colour, 4, { head: true, name: "Continuing" });
      return;
  }
}

/**
 * The timeline as the deck lays it out (timelineLayout): the proportional axis and its years, a row per event, its
 * mark at its date and its date and words beside it, the legend of colours on the measure's line and of shapes under.
 */
function timeline(slide: Slide, options: TimelineChartOptions, box: Box): void {
  const layout = timelineLayout(options);
  const { size, line, legend: legendSize } = TIMELINE_TYPE;
  // The measure's line is part of the drawing: the colours' key sits on it, at its right end.
  const drawing = new Drawing(slide, box, layout.width, layout.height + MEASURE_LINE);
  const top = MEASURE_LINE;
  const muted = { size: legendSize, colour: palette.muted };
  drawing.text(
    [0, 0, layout.width / 2, MEASURE_LINE],
    [{ text: TIMELINE_MEASURE }],
    { size: SMALL, bold: true, colour: palette.muted },
    "Measure",
  );
  const { axis } = layout;
  drawing.line([axis.x1, top + axis.y], [axis.x2, top + axis.y], palette.rule, 2, { name: "Axis" });
  for (const tick of layout.ticks) {
    drawing.line([tick.x, top + axis.y - 8], [tick.x, top + axis.y], palette.rule, 2, { name: "Tick" });
    drawing.text(
      [tick.x - 40, top + axis.y - 14 - legendSize, 80, legendSize * 1.2],
      [{ text: String(tick.year) }],
      { ...muted, align: "center" },
      "Year",
    );
  }
  for (const row of layout.rows) {
    for (const shape of row.shapes) timelineShape(drawing, { ...shape, y: shape.y + top });
    const w = row.words;
    const text = w.lines.join(" ");
    const runs = text.startsWith(w.date)
      ? [{ text: w.date, bold: true }, { text: text.slice(w.date.length) }]
      : [{ text }];
    const x = w.anchor === "start" ? w.x : w.x - w.room;
    // The first line's middle at the mark's height, as the SVG sets its baseline.
    const y = top + w.y - size * 0.36 - line / 2;
    drawing.text(
      [x, y, w.room, w.lines.length * line + size * 0.3],
      runs,
      { size, align: w.anchor === "start" ? "left" : "right", lineHeight: 1.2 },
      "Event",
    );
  }
  for (const key of layout.legend.colours) {
    drawing.shape(
      "ellipse",
      [key.x - TIMELINE_TYPE.dot, top + key.y - TIMELINE_TYPE.dot, 2 * TIMELINE_TYPE.dot, 2 * TIMELINE_TYPE.dot],
      key.colour,
      undefined,
      "Key",
    );
    drawing.text(
      [key.textX, top + key.y - legendSize * 0.6, layout.width - key.textX, legendSize * 1.2],
      [{ text: key.label }],
      muted,
      "Key",
      "middle",
    );
  }
  for (const key of layout.legend.shapes) {
    timelineShape(drawing, { ...key.shape, y: key.shape.y + top });
    drawing.text(
      [key.textX, top + key.y - legendSize * 0.6, layout.width - key.textX, legendSize * 1.2],
      [{ text: key.label }],
      muted,
      "Key",
      "middle",
    );
  }
}

/** Who is ahead, measure by measure: a row per measure, a pill on the side ahead (an outline where only implied). */
function asymmetry(slide: Slide, options: AsymmetryChartOptions, frame: Box): void {
  const box = measureLine(slide, frame, options.measure);
  const width = 1100;
  const row = 44;
  const pill = 250;
  const size = 24;
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

/** The measure's line over a chart, as the deck writes it: the box left under it. */
function measureLine(slide: Slide, box: Box, measure: string): Box {
  const paragraph = { style: { size: SMALL, bold: true, colour: palette.muted }, runs: [{ text: measure }] };
  const h = paragraphsHeight([paragraph], box.w) + 6;
  addTextBox(slide, { ...box, h }, [paragraph], "Measure");
  return { ...box, y: box.y + h, h: box.h - h };
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
