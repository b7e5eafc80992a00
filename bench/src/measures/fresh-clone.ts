import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { childEnv, repoRoot } from '../../../scripts/lib/env';
import type { Figure } from '../report';

/**
 * `git clone` of this repository's HEAD into a temporary folder, then `npm start` there as a
 * newcomer would: the time until the demo answers, and npm start's own step timings. pnpm's
 * package store on this machine is warm (packages are linked, not downloaded).
 */
export async function measureFreshClone(options: { ports: { web: number; sandbox: number; db: number } }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jackpot-clone-'));
  const started = performance.now();
  try {
    execFileSync('git', ['clone', '--quiet', repoRoot, dir], { stdio: 'ignore' });
    const cloneS = (performance.now() - started) / 1000;
    const child = spawn('npm', ['start'], {
      cwd: dir,
      detached: true,
      env: childEnv({
        // As a newcomer's shell has it: without this checkout's private pnpm (.tools/).
        PATH: (childEnv({}).PATH ?? '')
          .split(path.delimiter)
          .filter((entry) => !entry.includes(`${path.sep}.tools${path.sep}`))
          .join(path.delimiter),
        PORT: String(options.ports.web),
        SANDBOX_PORT: String(options.ports.sandbox),
        EMBEDDED_POSTGRES_PORT: String(options.ports.db),
        DATABASE_URL: '',
        JACKPOT_API_URL: '',
        FORCE_COLOR: '0',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let answeredS: number | null = null;
    const deadline = Date.now() + 15 * 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const ok = await fetch(`http://localhost:${options.ports.web}/api/health`)
        .then((response) => response.status === 200)
        .catch(() => false);
      if (ok) {
        answeredS = (performance.now() - started) / 1000;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Ctrl-C, as a person would: npm start stops the web app, the sandbox and PostgreSQL.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
    const stopTimer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 60_000);
    await exited;
    clearTimeout(stopTimer);
    const steps = output
      .split('\n')
      .filter((line) => line.startsWith('▸'))
      .map((line) => line.replace(/^▸ /, '').trim());
    const figure: Figure = {
      measure: 'fresh clone → demo answering (`git clone`, then `npm start`; npm and pnpm caches warm)',
      baseline: '',
      product:
        answeredS === null
          ? `did not answer: ${output.slice(-1_000)}`
          : `${answeredS.toFixed(0)} s (clone ${cloneS.toFixed(1)} s; ${steps.join('; ')})`,
      ratio: '',
      goal: '',
      met: null,
    };
    return figure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
