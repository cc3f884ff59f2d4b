// What every export command shares (pnpm pdf, images, stick): options parsed strictly, with a one-line error that
// names the option and what it accepts instead of a stack trace; paths read as the user typed them, from the folder
// the command was run in; and the talks a built deck holds.
import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";

/** apps/lecture, where the built deck (dist/, dist-single/) and the exports' default folders live. */
export const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** Ends the command with one line naming what to fix. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The command's options; an unknown option or a missing value ends it with `usage`. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
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
