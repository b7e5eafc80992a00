import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { CHROMIUM_INSTALL_HINT, findChromium } from '../apps/web/e2e/support/chromium';

// The failures a user meets on a first run, each with a plain message that says what to do. Each
// case runs the real entry point (scripts/run.mjs), which stops before installing or building.
const root = path.resolve(import.meta.dirname, '..');

function run(
  args: string[],
  options: { env?: Record<string, string>; nodeOptions?: string[] } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...args], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** A port something listens on, for the duration of the file. */
function occupiedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.listen(0, () => resolve((server.address() as { port: number }).port));
  });
}

/** A port nothing listens on (another program could take it, but nothing here will). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const withNodeVersion = (version: string) => [
  '--import',
  `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`,
];

describe('a Node.js older than the engines range', () => {
  it('is refused by scripts/run.mjs before it does anything, with the version it needs', async () => {
    for (const version of ['18.20.4', '20.18.3']) {
      const result = await run(['scripts/run.mjs', 'start'], { nodeOptions: withNodeVersion(version) });
      expect(result.code, version).toBe(1);
      expect(result.stderr).toContain(`This project needs Node.js 20.19 or newer; this is Node.js ${version}.`);
      expect(result.stdout).toBe('');
    }
  });

  it('lets 20.19 and newer through (to the next check: here, an unknown task)', async () => {
    for (const version of ['20.19.0', '22.1.0']) {
      const result = await run(['scripts/run.mjs', 'no-such-task'], { nodeOptions: withNodeVersion(version) });
      expect(result.stderr, version).toContain('Unknown task "no-such-task"');
    }
  });
});

describe('a port already in use', () => {
  it(
    'stops npm start before the build, naming the port and the variable that moves it',
    { timeout: 60_000 },
    async () => {
      const taken = await occupiedPort();
      const result = await run(['scripts/run.mjs', 'start'], {
        env: {
          PORT: String(taken),
          SANDBOX_PORT: String(await freePort()),
          EMBEDDED_POSTGRES_PORT: String(await freePort()),
          DATABASE_URL: '',
          JACKPOT_API_URL: '',
        },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${taken} (the web app) is in use by another program`);
      expect(result.stderr).toContain(`PORT=${taken + 1} npm start`);
      expect(result.stdout).not.toContain('build');
    },
  );

  it(
    'names EMBEDDED_POSTGRES_PORT for the database and SANDBOX_PORT for npm run sandbox',
    { timeout: 60_000 },
    async () => {
      const takenDb = await occupiedPort();
      const start = await run(['scripts/run.mjs', 'start'], {
        env: {
          PORT: String(await freePort()),
          SANDBOX_PORT: String(await freePort()),
          EMBEDDED_POSTGRES_PORT: String(takenDb),
          DATABASE_URL: '',
          JACKPOT_API_URL: '',
        },
      });
      expect(start.stderr).toContain(`Port ${takenDb} (the embedded PostgreSQL) is in use`);
      expect(start.stderr).toContain(`EMBEDDED_POSTGRES_PORT=${takenDb + 1} npm start`);

      const takenSandbox = await occupiedPort();
      const sandbox = await run(['scripts/run.mjs', 'sandbox'], { env: { SANDBOX_PORT: String(takenSandbox) } });
      expect(sandbox.code).toBe(1);
      expect(sandbox.stderr).toContain(`Port ${takenSandbox} (the Jackpot sandbox) is in use`);
      expect(sandbox.stderr).toContain(`SANDBOX_PORT=${takenSandbox + 1} npm run sandbox`);
    },
  );
});

describe('a data folder the user cannot write to', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'data-folder-'));
  // Reachable by the unprivileged user the check runs as (mkdtemp makes it private).
  chmodSync(scratch, 0o755);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const check = (folder: string) =>
    run(['--import', 'tsx', path.join(root, 'test', 'support', 'check-data-folder.ts'), folder]);

  it('is reported in one sentence that says what lives there and how to fix it', { timeout: 30_000 }, async () => {
    const folder = path.join(scratch, 'locked', '.data');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o555);
    const result = await check(folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Cannot write to ${folder}/ (permission denied)`);
    expect(result.stdout).toContain('the database, the local secrets and the logs live there');
    expect(result.stdout).toContain('chown');
  });

  it('passes a folder the user may write to', { timeout: 30_000 }, async () => {
    const folder = path.join(scratch, 'open', '.data');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o777);
    const result = await check(folder);
    expect(result.stdout.trim()).toBe('writable');
    expect(result.code).toBe(0);
  });
});

describe('no Chromium for npm test', () => {
  it('stops npm test at once, saying how to install one', { timeout: 60_000 }, async () => {
    const result = await run(['scripts/run.mjs', 'test'], { env: { CHROMIUM_PATH: '/nowhere/chromium' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is /nowhere/chromium, which does not exist.');
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stdout).not.toContain('typecheck');
  });

  it('is found nowhere when neither the system nor Playwright has one', () => {
    const lookup = findChromium({ systemPaths: ['/nowhere/chromium'], playwrightPath: '/nowhere/playwright-chromium' });
    expect(lookup).toEqual({
      problem: `The end-to-end tests need Chromium, and none was found. ${CHROMIUM_INSTALL_HINT}`,
    });
    expect(CHROMIUM_INSTALL_HINT).toContain('npx playwright install chromium');
  });

  it('takes the system one, else Playwright’s own', () => {
    const node = process.execPath;
    expect(findChromium({ systemPaths: ['/nowhere/chromium', node], playwrightPath: '/nowhere/x' })).toEqual({
      executablePath: node,
    });
    expect(findChromium({ systemPaths: [], playwrightPath: node })).toEqual({ executablePath: node });
  });
});
