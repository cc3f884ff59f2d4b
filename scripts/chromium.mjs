// How every browser in the repository starts Chromium (the browser tests, the bench, the PDF export). Each caller
// launches it through its own playwright-core, since the workspace root has none.

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a closed network: without the background-networking ones Chromium keeps dialling Google's hosts, and
 * the machine refuses them many at a time.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]);
