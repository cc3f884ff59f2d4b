// What a page of a built deck makes the browser download, found statically: the files its HTML names, then every
// file of the build that those files name in turn (Vite writes chunk and CSS file names as string literals, also for
// the chunks it loads lazily), so a lazily loaded plugin still counts.
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { gzipSync, type InputType } from "node:zlib";

export function gzipSize(content: InputType): number {
  return gzipSync(content, { level: 9 }).length;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface AssetBytes {
  /** the files loaded, relative to the build directory */
  files: string[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  /** fonts, images and the like that the page loads */
  other: { raw: number; gzip: number };
  /** the page itself */
  html: { raw: number; gzip: number };
}

/**
 * @param buildDirectory  a Vite build's output directory
 * @param page            the HTML file, relative to buildDirectory
 */
export function pageAssets(buildDirectory: string, page: string): AssetBytes {
  const candidates = filesUnder(buildDirectory).filter((file) => extname(file) !== ".html");
  const pagePath = join(buildDirectory, page);
  const loaded = new Set<string>();
  const queue = [pagePath];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const extension = extname(file);
    if (extension !== ".html" && extension !== ".js" && extension !== ".css") continue;
    const text = readFileSync(file, "utf8");
    for (const candidate of candidates) {
      if (loaded.has(candidate)) continue;
      // Names are content-hashed ("index-B1a2c3d4.js"), so a name in the text is a reference to that file.
      if (text.includes(basename(candidate))) {
        loaded.add(candidate);
        queue.push(candidate);
      }
    }
  }

  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const file of loaded) {
    const content = readFileSync(file);
    const kind = extname(file) === ".js" ? "js" : extname(file) === ".css" ? "css" : "other";
    sizes[kind].raw += content.length;
    sizes[kind].gzip += gzipSize(content);
  }
  const html = readFileSync(pagePath);
  return {
    files: [...loaded].map((file) => relative(buildDirectory, file)).sort(),
    ...sizes,
    html: { raw: html.length, gzip: gzipSize(html) },
  };
}

export function fileBytes(file: string): { raw: number; gzip: number } {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSize(content) };
}
