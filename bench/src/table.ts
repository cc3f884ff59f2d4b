// The table `pnpm bench` prints (also the source of the README's Performance figures).
import { BUNDLERS } from "./bundlers.ts";

function kilobytes(bytes: number) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function duration(ms: number) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function verdict(value: number, target: number) {
  return `<= ${target.toFixed(2)}x ${value <= target ? "ok" : "OVER"}`;
}

type Comparison = { ours: number; baseline: number; ratio: number };
/** Ours against one more deck: its median and our median's ratio to it. */
type Against = { median: number; ratio: number };
type Bytes = { raw: number; gzip: number };
interface TableInput {
  machine: { cpu: string; cores: number; node: string; chromium: string; loadAverageAtStart: number[] };
  date: string;
  slides: { count: number };
  bytes: {
    jsCssGzip: Comparison & { target: number };
    pageAndAssetsGzip: Comparison;
    singleFileGzip: Comparison;
    marpGzip: { marp: number; oursSingleToMarp: number };
  };
  timingsMs: {
    firstSlide: Comparison & { runs: number; marp: Against };
    ready: Comparison;
    contentfulPaint: Comparison;
    speakerView: Comparison & { runs: number };
    pdf: Comparison & {
      runs: number;
      pages: { ours: number };
      target: number;
      charts: Against;
      /** ours with its charts taken out: its median, and its ratio to the bare deck's */
      uncharted: Against;
    };
    firstSlideTarget: number;
    pptx: { medianMs: number; samples: number[]; bytes: number; targetMs: number };
    images: { ms: number; files: number; bytes: number };
  };
  build: {
    coldMs: number;
    cachedMs: number;
    cachedWasFullHit: boolean;
    devEditToDeckMs: { median: number; samples: number[] };
  };
  data: Record<string, { files: Bytes & { packages: string[] }; bundled: Bytes; importTime: { medianMs: number } }>;
  /** Per import measured, each bundler's minified bundle. */
  bundlers: Record<string, Record<(typeof BUNDLERS)[number], Bytes>>;
  benchRuntimeMs: number;
}

function align(rows: string[][]) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

export function formatTable(results: TableInput) {
  const { bytes, timingsMs: timings, build, machine } = results;
  const compared = (label: string, comparison: Comparison, unit: (n: number) => string, target = "") => [
    label,
    unit(comparison.ours),
    unit(comparison.baseline),
    `${comparison.ratio.toFixed(2)}x`,
    target,
  ];
  const deckRows = [
    ["deck (full lecture)", "ours", "bare reveal.js", "ratio", "target"],
    compared("JS+CSS, gzip", bytes.jsCssGzip, kilobytes, verdict(bytes.jsCssGzip.ratio, bytes.jsCssGzip.target)),
    compared("HTML + all it loads, gzip", bytes.pageAndAssetsGzip, kilobytes),
    compared(
      "single HTML file, gzip",
      bytes.singleFileGzip,
      kilobytes,
      verdict(bytes.singleFileGzip.ratio, bytes.jsCssGzip.target),
    ),
    compared(
      `first slide, median of ${timings.firstSlide.runs}`,
      timings.firstSlide,
      duration,
      verdict(timings.firstSlide.ratio, timings.firstSlideTarget),
    ),
    compared("  reveal.js ready", timings.ready, duration),
    compared("  first contentful paint", timings.contentfulPaint, duration),
    compared(`speaker view + 2 previews, median of ${timings.speakerView.runs}`, timings.speakerView, duration),
    compared(
      `PDF export (${timings.pdf.pages.ours} pages), median of ${timings.pdf.runs}`,
      timings.pdf,
      duration,
      verdict(timings.pdf.ratio, timings.pdf.target),
    ),
    [
      "  against a bare deck with the same charts",
      duration(timings.pdf.ours),
      duration(timings.pdf.charts.median),
      `${timings.pdf.charts.ratio.toFixed(2)}x`,
      "",
    ],
    [
      "  ours with its charts taken out, against the bare deck",
      duration(timings.pdf.uncharted.median),
      duration(timings.pdf.baseline),
      `${timings.pdf.uncharted.ratio.toFixed(2)}x`,
      "",
    ],
    [
      `pnpm pptx --talk lecture (${kilobytes(timings.pptx.bytes)}), median of ${timings.pptx.samples.length}`,
      duration(timings.pptx.medianMs),
      "",
      "",
      `<= ${duration(timings.pptx.targetMs)} ${timings.pptx.medianMs <= timings.pptx.targetMs ? "ok" : "OVER"}`,
    ],
    [
      `pnpm images, both talks (${timings.images.files} PNGs at 1920x1080, ${kilobytes(timings.images.bytes)}), once`,
      duration(timings.images.ms),
      "",
      "",
      "",
    ],
  ];
  // The second baseline, Marp: one self-contained file, so it is set against our single file.
  const marpRows = [
    ["against Marp 4.5.1", "ours", "Marp", "ratio"],
    [
      "single HTML file, gzip",
      kilobytes(bytes.singleFileGzip.ours),
      kilobytes(bytes.marpGzip.marp),
      `${bytes.marpGzip.oursSingleToMarp.toFixed(2)}x`,
    ],
    [
      `first slide, median of ${timings.firstSlide.runs}`,
      duration(timings.firstSlide.ours),
      duration(timings.firstSlide.marp.median),
      `${timings.firstSlide.marp.ratio.toFixed(2)}x`,
    ],
  ];
  const buildRows = [
    ["build", "time"],
    ["cold pnpm build (turbo --force)", duration(build.coldMs)],
    [
      `cached pnpm build${build.cachedWasFullHit ? " (FULL TURBO)" : " (NOT a full cache hit)"}`,
      duration(build.cachedMs),
    ],
    [
      `dev: data file saved -> open deck shows it (median of ${build.devEditToDeckMs.samples.length})`,
      duration(build.devEditToDeckMs.median),
    ],
  ];
  const dataRows = [
    ["data package entry (its files)", "raw", "gzip", "in an app bundle, gzip", "node import", "imports"],
    ...Object.entries(results.data).map(([name, entry]) => [
      name,
      kilobytes(entry.files.raw),
      kilobytes(entry.files.gzip),
      kilobytes(entry.bundled.gzip),
      duration(entry.importTime.medianMs),
      entry.files.packages.join(", ") || "nothing",
    ]),
  ];
  const bundlerRows = [
    ["import from @alignment/data, minified, gzip", ...BUNDLERS],
    ...Object.entries(results.bundlers).map(([name, sizes]) => [
      name,
      ...BUNDLERS.map((bundler) => kilobytes(sizes[bundler].gzip)),
    ]),
  ];
  return [
    `pnpm bench, ${results.date}: ${results.slides.count} slides; ${machine.cpu}, ${machine.cores} cores, ` +
      `Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverageAtStart.join(" ")}`,
    "",
    ...align(deckRows),
    "",
    ...align(marpRows),
    "",
    ...align(buildRows),
    "",
    ...align(dataRows),
    "",
    ...align(bundlerRows),
    "",
    `bench ran for ${duration(results.benchRuntimeMs)}`,
  ].join("\n");
}
