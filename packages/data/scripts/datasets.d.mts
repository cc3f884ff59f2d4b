// Types of datasets.mjs, for its TypeScript callers (the tests); the module itself runs under plain Node.
import type { Change, DatasetLike } from "./data-semver.mjs";

export const PACKAGE_DIR: string;
export const RELEASED_DIR: string;
export const CHANGESET_DIR: string;
export function loadCurrent(): { dataset: DatasetLike; schema: unknown };
export function hasReleasedSnapshot(): boolean;
export function packageVersion(): string;
export function currentChanges(base?: string): Promise<Change[]>;
