// How every browser in the repository starts (the browser tests, the bench, the PDF export): Debian's Chromium
// with flags for a closed network, never a downloaded browser.
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a closed network (without the background-networking ones Chromium keeps dialling Google's hosts, and
 * the machine refuses them many at a time) and for a browser that spends the machine on the page alone.
 */
const CHROMIUM_FLAGS: readonly string[] = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // Headless Chromium 156 still builds a window's browser UI: the omnibox popup is a web page of its own
  // (chrome://omnibox-popup.top-chrome), drawn in a renderer of its own. It burnt about 1.3 s of CPU in the first
  // second and a half after a page opened, on two cores shared with the deck being measured or exported; without it
  // the lecture's PDF export, its first slide and its images take about half the time (README, Performance).
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
]);

/** A headless Chromium with those flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}
