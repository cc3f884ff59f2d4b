// Types for the repository's static server (serve.mjs), for its TypeScript and checkJs importers.

/** A directory served under a URL prefix; the prefix ends in "/" ("/" for the root). */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface RunningServer {
  /** The server's root URL, ending in "/": `http://127.0.0.1:<port>/`. */
  url: string;
  /** Drops open connections (a browser's keep-alive ones too) and stops listening. */
  close(): Promise<void>;
}

export function defaultMounts(): Mount[];

/** Port 0 picks a free port; a busy port falls back to a free one unless `strictPort` is set. */
export function startServer(options?: {
  port?: number;
  host?: string;
  mounts?: Mount[];
  strictPort?: boolean;
}): Promise<RunningServer>;
