// Other programs as the tests and the bench run them: a command run to its end with what it printed, without
// blocking this process (which may be serving what the command talks to), and a long-running service (a dev
// server, `pnpm start`) in a process group of its own, awaited until it says it is ready and stopped together with
// everything it started.
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, in the order they came, for messages that may land on either. */
  output: string;
  /** Wall time from start to exit. */
  ms: number;
}

/** How much of a failed command's output its error shows: the end, where the reason is. */
const OUTPUT_TAIL = 4000;

function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].join(" ");
}

/** Runs a command to its end and resolves with its exit code and output, whatever the code. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const output: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      stdout.push(chunk.toString());
      output.push(chunk.toString());
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr.push(chunk.toString());
      output.push(chunk.toString());
    });
    child.once("error", reject);
    child.once("close", (code) => {
      const ms = performance.now() - start;
      resolve({ code: code ?? 1, stdout: stdout.join(""), stderr: stderr.join(""), output: output.join(""), ms });
    });
  });
}

/** A command that exited with another code than 0; it carries the command's stdout and stderr whole. */
export class CommandFailed extends Error {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;

  constructor(command: string, args: readonly string[], cwd: string | undefined, done: Run) {
    const where = cwd === undefined ? "" : ` in ${cwd}`;
    super(`${commandLine(command, args)} exited with ${done.code}${where}:\n${done.output.slice(-OUTPUT_TAIL)}`);
    this.name = "CommandFailed";
    this.code = done.code;
    this.stdout = done.stdout;
    this.stderr = done.stderr;
  }
}

/** `run`, failing with the command and the end of its output unless it exits with 0. */
export async function runChecked(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const done = await run(command, args, options);
  if (done.code !== 0) throw new CommandFailed(command, args, options.cwd, done);
  return done;
}

export interface ServiceOptions extends RunOptions {
  /** What the service prints once it is ready (its output searched without colour codes); none: ready at once. */
  ready?: RegExp;
  /** How long it may take to get ready. */
  timeoutMs?: number;
}

export interface Service {
  /** The match of `ready` in the output, once the service printed it. */
  ready: RegExpExecArray | undefined;
  /** All it has printed so far, stdout and stderr together. */
  output(): string;
  /** Stops it and every process it started (SIGTERM, then SIGKILL after 5 s), and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts a long-running command and resolves once it is ready; fails, stopping it, if it exits or times out first. */
export async function startService(
  command: string,
  args: readonly string[],
  { ready, timeoutMs = 90_000, ...options }: ServiceOptions = {},
): Promise<Service> {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const stop = async () => {
    if (exitCode !== undefined || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const killed = setTimeout(() => {
      if (exitCode === undefined && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, 5000);
    await exited;
    clearTimeout(killed);
  };

  const matched = new Promise<RegExpExecArray | undefined>((resolve, reject) => {
    const check = () => {
      const found = ready?.exec(stripVTControlCharacters(output));
      if (found) resolve(found);
    };
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      check();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    exited.then(() =>
      reject(new Error(`${commandLine(command, args)} exited with ${exitCode} before it was ready:\n${output}`)),
    );
    if (ready === undefined) resolve(undefined);
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${commandLine(command, args)} did not print ${ready} within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
  });
  try {
    const found = await Promise.race([matched, timedOut]);
    return { ready: found, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
