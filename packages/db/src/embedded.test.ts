import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { describe, expect, it } from 'vitest';

import { loadEmbeddedPostgres, startEmbeddedPostgres } from './embedded';

const events = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listenerCounts = () => events.map((event) => process.listeners(event as NodeJS.Signals).length);

describe('loadEmbeddedPostgres', () => {
  // Without this, a test run with failures exits 0 and Ctrl-C exits before our own shutdown.
  it('leaves no exit or signal handler of its own behind', async () => {
    const before = listenerCounts();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    expect(listenerCounts()).toEqual(before);
  });
});

describe('startEmbeddedPostgres: stop()', () => {
  // Someone else restarted the server (pg_ctl, a chaos run): the child the package started is
  // gone and another postmaster owns the data folder. stop() used to wait forever for the exit
  // of the child that had already exited.
  it('stops a server that someone else stopped and started again', { timeout: 90_000 }, async () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'embedded-restart-')), 'postgres');
    const port = 5851;
    const database = await startEmbeddedPostgres({ dataDir, port });
    try {
      const first = pidOf(dataDir);
      // The binary the package started, to start it again as an outsider would (Linux: /proc).
      const postgresBinary = readlinkSync(`/proc/${first}/exe`);
      process.kill(first, 'SIGINT');
      await until(() => !alive(first), 'the first postmaster to stop');

      const owner = statSync(dataDir);
      const restarted = spawn(postgresBinary, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
        detached: true,
        stdio: 'ignore',
        uid: owner.uid,
        gid: owner.gid,
      });
      restarted.unref();
      await until(async () => {
        const client = new pg.Client({ connectionString: database.url });
        try {
          await client.connect();
          return true;
        } catch {
          return false;
        } finally {
          await client.end().catch(() => undefined);
        }
      }, 'the restarted postmaster to accept connections');
      const second = pidOf(dataDir);
      expect(second).not.toBe(first);

      const outcome = await Promise.race([
        database.stop().then(() => 'stopped'),
        new Promise((resolve) => setTimeout(() => resolve('still waiting after 20 s'), 20_000)),
      ]);
      expect(outcome).toBe('stopped');
      expect(alive(second)).toBe(false);
    } finally {
      const pid = existsSync(path.join(dataDir, 'postmaster.pid')) ? pidOf(dataDir) : undefined;
      if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});

function pidOf(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
