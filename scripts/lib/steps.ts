import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

const useColor = process.stdout.isTTY;
const paint = (code: number, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
export const bold = (text: string) => paint(1, text);
export const dim = (text: string) => paint(2, text);
export const green = (text: string) => paint(32, text);
export const red = (text: string) => paint(31, text);

export class StepFailure extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly logFile?: string,
  ) {
    super(message);
  }
}

/**
 * A problem on the user's machine (a port taken, a folder not writable…) whose message says
 * everything, including what to do: printed as it is, without a stack.
 */
export class PlainError extends Error {}

/** Runs one named step, printing it with its duration; a failure names the step and its log. */
export async function step<T>(label: string, run: () => Promise<T>, describe?: (result: T) => string): Promise<T> {
  const started = performance.now();
  process.stdout.write(`${bold('\u25b8')} ${label}\u2026`);
  try {
    const result = await run();
    const note = describe?.(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(` ${green('done')} ${dim(`in ${seconds} s${note ? ` \u2014 ${note}` : ''}`)}\n`);
    return result;
  } catch (error) {
    process.stdout.write(` ${red('failed')}\n`);
    if (error instanceof StepFailure || error instanceof PlainError) throw error;
    throw new StepFailure(label, error instanceof Error ? error.message : `failed with ${String(error)}`);
  }
}

/** Runs a command to completion with its output in a log file; rejects with the log's path. */
export function runLogged(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; logDir: string },
): Promise<string> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${label}.log`);
  const log = createWriteStream(logFile);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new StepFailure(label, error.message, logFile)));
    child.on('close', (code) => {
      log.end();
      if (code === 0) resolve(output);
      else reject(new StepFailure(label, `${command} ${args.join(' ')} exited with ${code}`, logFile));
    });
  });
}

export function reportFailure(error: unknown): void {
  if (error instanceof PlainError) {
    console.error(`\n${red('\u2716')} ${error.message}`);
  } else if (error instanceof StepFailure) {
    console.error(`\n${red('\u2716')} ${bold(error.step)} failed: ${error.message}`);
    if (error.logFile) console.error(`  Read the log: ${error.logFile}`);
  } else {
    console.error(`\n${red('\u2716')} ${(error as Error).stack ?? String(error)}`);
  }
}

/** Runs a command with the terminal as its output (a test runner's own progress); resolves whether it succeeded. */
export function runAttached(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: 'inherit', env: options.env });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  skipped?: boolean;
}

/**
 * The steps of a run that goes on after a failure (`npm test`): each prints its heading, runs its
 * commands attached to the terminal (all of them, even after one failed) and is recorded for the
 * closing summary. A step may be skipped when one it needs failed.
 */
export function stepsThatGoOn(options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const results: StepResult[] = [];
  async function attachedStep(
    name: string,
    commands: Array<[string, string[]]>,
    { skipUnless }: { skipUnless?: () => boolean } = {},
  ): Promise<void> {
    if (skipUnless && !skipUnless()) {
      console.log(`\n${bold('\u25b8')} ${name} ${dim('skipped: an earlier step it needs failed')}`);
      results.push({ name, ok: false, seconds: 0, skipped: true });
      return;
    }
    console.log(`\n${bold('\u25b8')} ${bold(name)}`);
    const started = performance.now();
    let ok = true;
    for (const [command, args] of commands) ok = (await runAttached(command, args, options)) && ok;
    results.push({ name, ok, seconds: (performance.now() - started) / 1000 });
  }
  return {
    results,
    step: attachedStep,
    passed: (name: string) => results.find((result) => result.name === name)?.ok === true,
    printSummary() {
      console.log(`\n${bold('Summary')}`);
      for (const result of results) {
        const mark = result.skipped ? dim('skipped') : result.ok ? green('passed ') : red('FAILED ');
        console.log(`  ${mark}  ${result.name.padEnd(30)} ${dim(`${result.seconds.toFixed(1)} s`)}`);
      }
    },
  };
}
