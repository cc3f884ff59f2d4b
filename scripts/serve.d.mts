// Types for the repository's static server (scripts/serve.mjs), which `pnpm start` runs and these tests reuse.
declare module "*/scripts/serve.mjs" {
  export interface Mount {
    prefix: string;
    dir: string;
  }
  export function defaultMounts(): Mount[];
  export function startServer(options?: {
    port?: number;
    host?: string;
    mounts?: Mount[];
    strictPort?: boolean;
  }): Promise<{ url: string; close(): Promise<void> }>;
}
