// The table `pnpm bench` prints (also the source of the README's Performance figures).

/** @param {number} bytes */
function kilobytes(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** @param {number} ms */
function duration(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** @param {number} value @param {number} target */
function verdict(value, target) {
  return `<= ${target.toFixed(2)}x ${value <= target ? "ok" : "OVER"}`;
}

/**
 * @typedef {{ ours: number, baseline: number, ratio: number }} Comparison
 * @typedef {{ raw: number, gzip: number }} Bytes
 * @typedef {object} TableInput
 * @property {{ cpu: string, cores: number, node: string, chromium: string, loadAverageAtStart: number[] }} machine
 * @property {string} date
 * @property {{ count: number }} slides
 * @property {{ jsCssGzip: Comparison & { target: number }, pageAndAssetsGzip: Comparison, singleFileGzip: Comparison }} bytes
 * @property {{ firstSlide: Comparison & { runs: number }, ready: Comparison, contentfulPaint: Comparison,
 *   speakerView: Comparison & { runs: number }, pdf: Comparison & { runs: number, pages: { ours: number } },
 *   firstSlideTarget: number }} timingsMs
 * @property {{ coldMs: number, cachedMs: number, cachedWasFullHit: boolean,
 *   devEditToDeckMs: { median: number, samples: number[] } }} build
 * @property {Record<string, { files: Bytes & { packages: string[] }, bundled: Bytes, importTime: { medianMs: number } }>} data
 * @property {number} benchRuntimeMs
 */

/** @param {string[][]} rows */
function align(rows) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

/** @param {TableInput} results */
export function formatTable(results) {
  const { bytes, timingsMs: timings, build, machine } = results;
  /** @param {string} label @param {Comparison} comparison @param {(n: number) => string} unit @param {string} [target] */
  const compared = (label, comparison, unit, target = "") => [
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
    compared(`PDF export (${timings.pdf.pages.ours} pages), median of ${timings.pdf.runs}`, timings.pdf, duration),
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
  return [
    `pnpm bench, ${results.date}: ${results.slides.count} slides; ${machine.cpu}, ${machine.cores} cores, ` +
      `Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverageAtStart.join(" ")}`,
    "",
    ...align(deckRows),
    "",
    ...align(buildRows),
    "",
    ...align(dataRows),
    "",
    `bench ran for ${duration(results.benchRuntimeMs)}`,
  ].join("\n");
}
