import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

import { StepFailure } from './steps';

let echoing = true;

/**
 * Stops copying servers' output to the console. On Ctrl-C the terminal also interrupts the
 * embedded PostgreSQL (same process group), so the servers log connection errors while they
 * stop; those stay in the log files.
 */
export function stopEchoing(): void {
  echoing = false;
}

export interface ManagedProcess {
  name: string;
  logFile: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts a long-running server in its own process group (so stopping it also stops its
 * workers), with its output in a log file, and waits until its health URL answers 200.
 */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logDir: string;
  healthUrl: string;
  timeoutMs?: number;
  echo?: boolean;
}): Promise<ManagedProcess> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    log.write(chunk);
    if (options.echo && echoing)
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) process.stdout.write(`[${options.name}] ${line}\n`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const managed: ManagedProcess = {
    name: options.name,
    logFile,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timeout = setTimeout(() => signalGroup(child, 'SIGKILL'), 15_000);
      await exited;
      // Its workers (next's server process, say) may outlive it: wait for the whole group, so
      // that nothing still talks to the database when it stops next.
      while (groupAlive(child)) await new Promise((resolve) => setTimeout(resolve, 100));
      clearTimeout(timeout);
      log.end();
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let early: number | null | undefined;
  void exited.then((code) => (early = code));
  while (Date.now() < deadline) {
    if (early !== undefined)
      throw new StepFailure(options.name, `the process exited with ${early} before it was ready`, logFile);
    if (await answers200(options.healthUrl)) return managed;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await managed.stop();
  throw new StepFailure(options.name, `${options.healthUrl} did not answer 200 in time`, logFile);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  try {
    if (child.pid) process.kill(-child.pid, 0);
    return Boolean(child.pid);
  } catch {
    return false;
  }
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}
