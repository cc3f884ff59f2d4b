// A talk as an editable PowerPoint file: the talk's own slides over the deck data (engine/render.ts), each slide's
// face read back from its markup and laid out as text boxes, its chart drawn natively from the chart's data, its
// source line and the data version at its foot, and the deck's speaker notes as the slide's notes. pptxgenjs writes
// the file; it has no animations, so a slide's build steps are all shown at once (the notes leave out the count).
import { createRequire } from "node:module";
import type JSZipType from "jszip";
import type PptxGenJSType from "pptxgenjs";
import QRCode from "qrcode";
import { palette } from "../../design/palette.ts";
import { SLIDE_LAYOUT } from "../../design/slide-layout.ts";
import type { DeckData } from "../../engine/deck-data.ts";
import { html } from "../../engine/html.ts";
import { slideSeconds } from "../../engine/pacing.ts";
import { buildSlides } from "../../engine/render.ts";
import { footer, slideNotes, sourceLine } from "../../engine/slide.ts";
import type { Talk } from "../../talks/talk.ts";
import { drawChart } from "./charts.ts";
import { drawSlide, inches, points, position, rgb, TITLE_PLACEHOLDER } from "./draw.ts";
import { readFace, readFoot } from "./face.ts";
import { planSlide, titleArea } from "./layout.ts";
import { notesText } from "./notes.ts";

/**
 * The face the deck's type starts from: theme.css sets the system font (system-ui, then "Segoe UI", ...), which on
 * Windows, PowerPoint's main home, is Segoe UI. It is the theme's font in the file, so one setting changes it.
 */
const TYPEFACE = "Segoe UI";

// pptxgenjs and the JSZip it writes with are loaded through their CommonJS builds: imported as ES modules under tsx,
// JSZip's hundred-odd CommonJS files each pass through the module hooks, which cost a second before the first slide.
const require = createRequire(import.meta.url);
const PptxGenJS = require("pptxgenjs") as typeof PptxGenJSType;
const JSZip = require("jszip") as typeof JSZipType;
/** Two slide layouts, which differ only in where the title placeholder stands: the title slide's, and the others'. */
const MASTERS = { title: "Alignment title", content: "Alignment" } as const;

export interface BuiltPresentation {
  bytes: Uint8Array;
  slides: number;
  /** Slides whose text runs past their foot even at the smallest type the layout allows. */
  overflowing: string[];
}

/** A paragraph's properties written after one of its runs: `</a:r><a:pPr ...>...</a:pPr>` or `</a:r><a:pPr .../>`. */
const LATE_PROPERTIES = /(<\/a:r>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/g;
/** Parts smaller than this are stored as they are: deflating each costs more time than its bytes are worth. */
const DEFLATE_FROM = 8 * 1024;

/**
 * The package as pptxgenjs wrote it (uncompressed), finished. pptxgenjs 4.0.1 writes a paragraph's properties
 * (`<a:pPr>`) again before each of its later runs; the schema allows them once, first in the paragraph, and PowerPoint
 * 2016 asks to repair such a file. The repeats are dropped: the first, which pptxgenjs made from the paragraph's first
 * run, holds the paragraph's settings. The slides and the other large parts are then deflated.
 */
async function finished(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const slide = /^ppt\/slides\/slide\d+\.xml$/.test(file.name);
    const data = await file.async("uint8array");
    if (!slide && data.byteLength < DEFLATE_FROM) continue;
    const content = slide
      ? new TextDecoder().decode(data).replace(LATE_PROPERTIES, (_, runEnd: string) => runEnd)
      : data;
    zip.file(file.name, content, { compression: "DEFLATE" });
  }
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

export async function buildPresentation(talk: Talk, deck: DeckData): Promise<BuiltPresentation> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: "Deck", width: inches(SLIDE_LAYOUT.width), height: inches(SLIDE_LAYOUT.height) });
  pptx.layout = "Deck";
  pptx.title = `${deck.meta.title}: ${talk.name}`;
  pptx.subject = deck.meta.subtitle;
  pptx.author = deck.meta.author;
  pptx.company = deck.meta.affiliation;
  pptx.theme = { headFontFace: TYPEFACE, bodyFontFace: TYPEFACE };
  for (const [kind, name] of Object.entries(MASTERS)) {
    const area = titleArea(kind === "title");
    pptx.defineSlideMaster({
      title: name,
      background: { color: rgb(palette.background) },
      objects: [
        {
          placeholder: {
            options: { name: TITLE_PLACEHOLDER, type: "title", ...position(area), margin: 0, valign: "top" },
          },
        },
      ],
      // Where reveal.js shows its slide number: the foot's right, in the small print.
      slideNumber: {
        ...position({ x: SLIDE_LAYOUT.width - 24 - 110, y: SLIDE_LAYOUT.height - 8 - 28, w: 110, h: 28 }),
        fontSize: points(18),
        color: rgb(palette.muted),
        align: "right",
      },
    });
  }
  // The code students scan to follow the talk in the fact explorer, as a picture: a QR code has no shapes to edit.
  const qrCode = await QRCode.toDataURL(deck.options.follow.url, { errorCorrectionLevel: "M", margin: 2, scale: 8 });
  const slides = buildSlides(talk, deck);
  const seconds = slideSeconds(
    talk,
    slides.map((s) => s.id),
  );
  const overflowing: string[] = [];
  for (const [i, s] of slides.entries()) {
    const titleSlide = s.layout === "title-slide";
    const slide = pptx.addSlide({ masterName: titleSlide ? MASTERS.title : MASTERS.content });
    const face = readFace(s.id, s.body, s.layout);
    // The title slide carries no foot, as in the deck: its running footer would repeat the title under the title.
    const foot = titleSlide ? html`` : html`${sourceLine(deck, s)}${footer(deck)}`;
    const plan = planSlide(face, readFoot(foot), titleSlide);
    if (plan.overflows) overflowing.push(s.id);
    drawSlide(
      slide,
      plan,
      (box) => {
        if (s.chart === undefined)
          throw new Error(`Slide "${s.id}" › chart: its face has a chart frame but no chart data`);
        drawChart(pptx, slide, s.chart, box);
      },
      qrCode,
    );
    slide.addNotes(notesText(slideNotes(deck, s, { seconds: seconds[i] ?? 0, builds: false })));
  }
  const written = await pptx.write({ outputType: "uint8array", compression: false });
  if (!(written instanceof Uint8Array)) throw new Error("pptxgenjs: the presentation was not written as bytes");
  return { bytes: await finished(written), slides: slides.length, overflowing };
}
