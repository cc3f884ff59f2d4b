// What every export command shares (pnpm pdf, images, stick, pptx): options parsed strictly, with a one-line error
// that names the option and what it accepts instead of a stack trace; paths read as the user typed them, from the
// folder the command was run in; the talks a built deck holds; and files made whole before they replace a last run's.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";

/** apps/lecture, where the built deck (dist/, dist-single/) and the exports' default folders live. */
export const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** Ends the command with one line naming what to fix. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The command's options; an unknown option or a missing value ends it with `usage`. `--help` (or `-h`) prints
 * `usage` and ends it, having done nothing.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`Usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\nUsage: ${usage}`);
  }
}

/** `value` if it is one of `allowed`, else the command ends naming the option and its choices. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  fail(`--${option} must be ${allowed.join(" or ")}, not "${value}".`);
}

/**
 * A path as the user typed it: pnpm runs the command in apps/lecture, and says in INIT_CWD where it was typed, so
 * `pnpm stick ./usb` writes where the user is, not inside the app.
 */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** A talk as built: its page in the deck's folder, and its id (the `data-talk` of the page's deck). */
export interface BuiltTalk {
  page: string;
  talk: string;
}

/** Every talk in a built deck's folder, in file order; none ends the command with how to build them. */
export function builtTalks(dist: string): BuiltTalk[] {
  let files: string[];
  try {
    files = readdirSync(dist).filter((file) => file.endsWith(".html"));
  } catch {
    files = [];
  }
  const talks = files.flatMap((page) => {
    const talk = /<div class="reveal" data-talk="([^"]+)"/.exec(readFileSync(join(dist, page), "utf8"))?.[1];
    return talk === undefined ? [] : [{ page, talk }];
  });
  if (talks.length === 0) fail(`No talks in ${dist}: build the deck first (pnpm --filter @alignment/lecture build).`);
  return talks;
}

/** How a folder an export is made in before it is moved into place begins: hidden, and known as ours. */
const STAGING_PREFIX = ".partial-";

/**
 * A new hidden folder inside `folder` (made if missing), to write an export's files into until all of them are whole.
 * Inside it, so that each file then moves into place by a rename on the same drive; one that a stopped run left goes.
 */
export function stagingIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith(STAGING_PREFIX)) rmSync(join(folder, entry), { recursive: true, force: true });
  }
  return mkdtempSync(join(folder, STAGING_PREFIX));
}

/**
 * Moves `files` (paths inside `staging`) to the same paths inside `folder`, each replacing the file there by a rename,
 * then removes `staging`. A file that cannot be moved ends the command, naming it and how many were.
 */
export function moveIntoPlace(staging: string, folder: string, files: readonly string[]): void {
  for (const [moved, file] of files.entries()) {
    try {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      renameSync(join(staging, file), join(folder, file));
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      const why = (error as Error).message;
      fail(`${folder}: ${file} could not be moved into place (${why}); ${moved} of ${files.length} files were.`);
    }
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Writes `bytes` to `file` whole or not at all: into a hidden file beside it first, then renamed over it. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const partial = join(dirname(file), `${STAGING_PREFIX}${process.pid}-${basename(file)}`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch (error) {
    // There may be nothing to remove, or no folder to remove it from (which rmSync reports even when forced).
    try {
      rmSync(partial, { force: true });
    } catch {}
    fail(`${file} could not be written (${(error as Error).message}); nothing was left in its place.`);
  }
}
