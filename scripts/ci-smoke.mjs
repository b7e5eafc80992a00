#!/usr/bin/env node
// The first-run smoke test that CI runs before `npm test` (.ci/run); run it locally the same way:
//
//   node scripts/ci-smoke.mjs
//
// 1. `npm start`, exactly as the README says: waits until the demo answers (/api/health and the
//    sign-in page, 200), then presses Ctrl-C as a terminal does (SIGINT to the process group).
// 2. `npm run sandbox` alone: waits for /health, then Ctrl-C.
// Each fails unless everything it started has stopped within 20 s: no process left (every process
// it started carries a marker in its environment, so orphans are found too), nothing listening
// on its ports, and no postmaster.pid. Needs only Node.js and npm, like `npm start`; Linux for
// the process check (/proc). PORT, SANDBOX_PORT and EMBEDDED_POSTGRES_PORT move the ports, as
// they do for npm start.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = 'JACKPOT_PORTAL_SMOKE_RUN';
const STOP_WITHIN_MS = 20_000;
const ports = {
  web: Number(process.env.PORT || 3000),
  sandbox: Number(process.env.SANDBOX_PORT || 4010),
  db: Number(process.env.EMBEDDED_POSTGRES_PORT || 5433),
};
const postmasterPid = path.join(root, '.data', 'postgres', 'postmaster.pid');

const say = (text) => console.log(`\n[smoke] ${text}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes (pid and command line) whose environment carries this run's marker. */
function markedProcesses(id) {
  if (!existsSync('/proc')) return [];
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (!environ.includes(`${MARKER}=${id}`)) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid: Number(entry), command });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1_000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function status(url) {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * Runs one npm command the way a user does in a terminal, checks it answers, interrupts it, and
 * checks that it cleaned up. Resolves with a list of failures (empty when all is well).
 */
async function smoke({ command, urls, readyWithinMs, ports: owned, pidFile }) {
  const id = randomUUID();
  say(`${command}`);
  const started = Date.now();
  const child = spawn('npm', command.split(' ').slice(1), {
    cwd: root,
    // Its own process group, like a terminal's foreground job: Ctrl-C reaches all of it.
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, [MARKER]: id },
  });
  let exitCode;
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exitCode = code ?? signal))));
  const interrupt = () => {
    try {
      process.kill(-child.pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('SIGINT', interrupt);

  const failures = [];
  for (const url of urls) {
    let answer;
    while (Date.now() - started < readyWithinMs && exitCode === undefined) {
      answer = await status(url);
      if (answer === 200) break;
      await sleep(500);
    }
    if (answer !== 200) {
      failures.push(
        exitCode === undefined
          ? `${url} did not answer 200 within ${readyWithinMs / 1000} s (last: ${answer ?? 'no answer'})`
          : `${command} exited (${exitCode}) before ${url} answered 200`,
      );
      break;
    }
    say(`${url} answered 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const running = markedProcesses(id);
  // Seeing none would make the check below blind (no /proc, or not allowed to read it).
  if (running.length === 0 && existsSync('/proc')) failures.push('could not see the processes it started in /proc');
  say(`Ctrl-C (SIGINT to the process group of ${command}; ${running.length} processes running)`);
  const interrupted = Date.now();
  interrupt();
  let left = markedProcesses(id);
  while (Date.now() - interrupted < STOP_WITHIN_MS && (exitCode === undefined || left.length > 0)) {
    await Promise.race([exited, sleep(250)]);
    left = markedProcesses(id);
  }
  const stoppedIn = ((Date.now() - interrupted) / 1000).toFixed(1);
  if (exitCode === undefined) failures.push(`${command} was still running ${STOP_WITHIN_MS / 1000} s after Ctrl-C`);
  if (left.length > 0)
    failures.push(
      `processes left ${STOP_WITHIN_MS / 1000} s after Ctrl-C:\n${left.map((p) => `    ${p.pid} ${p.command}`).join('\n')}`,
    );
  for (const port of owned) if (await listening(port)) failures.push(`something still listens on port ${port}`);
  if (pidFile && existsSync(pidFile)) failures.push(`${path.relative(root, pidFile)} was left behind`);
  process.removeListener('SIGINT', interrupt);

  if (failures.length === 0) say(`${command}: answered, and everything stopped ${stoppedIn} s after Ctrl-C`);
  // Whatever is left would hold the ports for the next step and for the next run.
  for (const { pid } of markedProcesses(id)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
  return failures.map((failure) => `${command}: ${failure}`);
}

const failures = [
  ...(await smoke({
    command: 'npm start',
    urls: [`http://localhost:${ports.web}/api/health`, `http://localhost:${ports.web}/signin`],
    // A first run installs and builds everything.
    readyWithinMs: 15 * 60_000,
    ports: [ports.web, ports.sandbox, ports.db],
    pidFile: postmasterPid,
  })),
  ...(await smoke({
    command: 'npm run sandbox',
    urls: [`http://localhost:${ports.sandbox}/health`],
    readyWithinMs: 5 * 60_000,
    ports: [ports.sandbox],
  })),
];

if (failures.length > 0) {
  console.error(`\n[smoke] FAILED:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
say('passed: npm start and npm run sandbox answer and stop cleanly on Ctrl-C');
