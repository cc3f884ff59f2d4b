// Types of release-guards.mjs, for its TypeScript callers (the tests); the module itself runs under plain Node.

export interface ChangedFile {
  /** From the repository root; a rename's is `old -> new`. */
  path: string;
  /** "untracked", "modified", "added", "deleted", "renamed", ... */
  state: string;
}

/** An HTTP answer, or why there was none ("ECONNREFUSED", "no answer within 10 s"). */
export type RegistryAnswer = { status: number; body: string } | { failure: string };

export type RegistryVerdict = { state: "published" | "new" } | { state: "unknown"; problem: string };

export const GIT_STATUS: readonly string[];
export function parseGitStatus(output: string): ChangedFile[];
export function uncommittedProblem(files: readonly ChangedFile[]): string | undefined;
export function publishRegistry(input: {
  name: string;
  publishConfig?: Record<string, unknown>;
  config: { scopeRegistry?: string; registry?: string };
}): string;
export function packageDocumentUrl(registry: string, name: string): string;
export function judgeRegistryAnswer(input: {
  url: string;
  name: string;
  version: string;
  answer: RegistryAnswer;
}): RegistryVerdict;
