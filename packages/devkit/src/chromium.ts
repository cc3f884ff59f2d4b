// How every browser in the repository starts (the browser tests, the bench, the PDF export): Debian's Chromium
// with flags for a closed network, never a downloaded browser.
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a closed network: without the background-networking ones Chromium keeps dialling Google's hosts, and
 * the machine refuses them many at a time.
 */
const CHROMIUM_FLAGS: readonly string[] = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]);

/** A headless Chromium with those flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}
