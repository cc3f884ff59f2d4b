// The exported PDFs read back by a real reader, poppler (Debian's poppler-utils, which .ci/run installs): each
// page's text as pdftotext extracts it (so only selectable text counts), each page's size, and the links a PDF
// viewer would follow.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** The text of each page, in order: pdftotext ends every page with a form feed. */
export async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\f").slice(0, -1);
}

/** Each page's width and height in points, rounded to the point. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await exec("pdfinfo", ["-f", "1", "-l", "100000", file]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(([, width, height]) => ({
    width: Math.round(Number(width)),
    height: Math.round(Number(height)),
  }));
}

/** Every link annotation: its page (from 1) and its URL. */
export async function links(file: string): Promise<{ page: number; url: string }[]> {
  const { stdout } = await exec("pdfinfo", ["-url", file]);
  return [...stdout.matchAll(/^\s*(\d+)\s+Annotation\s+(\S+)\s*$/gm)].map(([, page, url]) => ({
    page: Number(page),
    url: url ?? "",
  }));
}

/**
 * Text without whitespace or hyphens, to compare a PDF's text with its source: the layout wraps lines, and pdftotext
 * joins a line that ends on a hyphen to the next without it ("China-Russia-" + "North" reads "China-RussiaNorth").
 */
export function unspaced(text: string): string {
  return text.replace(/[\s-]+/g, "");
}

/** The name of each font embedded in the PDF, without its subset tag ("ABCDEF+DejaVuSans-Bold" reads "DejaVuSans-Bold"). */
export async function embeddedFonts(file: string): Promise<string[]> {
  const { stdout } = await exec("pdffonts", [file]);
  // Two heading lines, then one line a font, its name first.
  return stdout
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => (line.split(/\s+/)[0] ?? "").replace(/^[A-Z]{6}\+/, ""));
}
