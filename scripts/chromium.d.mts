// Types for chromium.mjs, for its TypeScript and checkJs importers.

/** Debian's Chromium (CHROMIUM_PATH to override); never a downloaded browser. */
export const CHROMIUM_PATH: string;

/** Flags for a closed network: no background calls to Google's hosts. */
export const CHROMIUM_FLAGS: readonly string[];
