import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { createDb, type Db, Prisma } from '@jackpot-portal/db';
import { startEmbeddedPostgres } from '@jackpot-portal/db/embedded';

import { childEnv, demoAccessToken, localSecrets, readScriptEnv, repoRoot } from '../../scripts/lib/env';
import { type ManagedProcess, startServer } from '../../scripts/lib/processes';
import { migrateAndSeed, stackEnv, startSandbox, syncCatalogueStep } from '../../scripts/lib/stack';
import { runLogged, step } from '../../scripts/lib/steps';

export const baselineDir = path.join(repoRoot, 'bench', 'baseline');

export interface StackPorts {
  web: number;
  /** A second production web server (with its own workers) on the same database and sandbox. */
  secondWeb?: number;
  baseline: number;
  sandbox: number;
  db: number;
}

export interface WebInstance {
  url: string;
  readonly pgid: number;
}

export interface BenchStack {
  web: WebInstance;
  /** Every web server of the stack: `web` first, then the second one when `ports.secondWeb` was given. */
  webs: WebInstance[];
  baseline: { url: string; pgid: number };
  /** Starts the web server again with these variables added (none: as at first). */
  restartWeb(extraEnv: Record<string, string>): Promise<void>;
  sandbox: { url: string; controlToken: string; pgid: number };
  /** The postmaster: its process tree is PostgreSQL's CPU time. */
  postgresPid: number;
  /** PostgreSQL's data folder (its postmaster.pid names the running postmaster). */
  postgresDataDir: string;
  secrets: ReturnType<typeof localSecrets>;
  databaseUrl: string;
  db: Db;
  logDir: string;
  stop(): Promise<void>;
}

/** The production build of the portal and the sandbox (turbo, cached), then the bare app's. */
export async function buildAll(options: { baseline?: boolean } = {}): Promise<void> {
  const logDir = path.join(repoRoot, '.cache', 'bench');
  await step(
    'build',
    () =>
      runLogged(
        'build',
        'pnpm',
        [
          'exec',
          'turbo',
          'run',
          'build',
          '--filter=@jackpot-portal/web',
          '--filter=@jackpot-portal/jackpot-sandbox',
          '--output-logs=new-only',
        ],
        { cwd: repoRoot, logDir },
      ),
    (output) => (/FULL TURBO/.test(output) ? 'cached' : 'web and sandbox'),
  );
  if (options.baseline === false) return;
  await step(
    'build the bare Next.js app',
    async () => {
      if (baselineIsBuilt()) return 'up to date';
      await runLogged('baseline-build', process.execPath, [nextBin(), 'build'], { cwd: baselineDir, logDir });
      return 'built';
    },
    (outcome) => `${outcome}, next ${nextVersion()}`,
  );
}

const webRequire = createRequire(path.join(repoRoot, 'apps', 'web', 'package.json'));

/** The portal's own `next`, which builds and serves the bare app too. */
export function nextBin(): string {
  return webRequire.resolve('next/dist/bin/next');
}

export function nextVersion(): string {
  return (webRequire('next/package.json') as { version: string }).version;
}

function baselineIsBuilt(): boolean {
  const buildId = path.join(baselineDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.name !== '.next' && entry.name !== 'node_modules')
        .map((entry) => {
          const full = path.join(dir, entry.name);
          return entry.isDirectory() ? newest(full) : statSync(full).mtimeMs;
        }),
    );
  return newest(baselineDir) < built;
}

/**
 * The production stack as `npm start` runs it (embedded PostgreSQL, migrations, seed, sandbox,
 * catalogue mirror, `next start`), in a throw-away data folder, and the bare app beside it.
 */
export async function startStack(options: {
  ports: StackPorts;
  catalogueSize: number;
  /** Write the web server's CPU profiles (node --cpu-prof) to this folder when it stops. */
  cpuProfDir?: string;
  /** Load pg_stat_statements, for statementStats(). */
  pgStats?: boolean;
  /** Start the bare Next.js app beside the portal (default: yes; the reliability suites need none). */
  baseline?: boolean;
  /** Variables added to the web server's environment (kept by restartWeb). */
  webEnv?: Record<string, string>;
}): Promise<BenchStack> {
  const { ports } = options;
  const env = readScriptEnv();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jackpot-bench-'));
  // Kept after the run (git-ignored), for a server that failed or misbehaved.
  const logDir = path.join(repoRoot, '.cache', 'bench', 'logs');
  rmSync(logDir, { recursive: true, force: true });
  const secrets = localSecrets(dataDir, env);
  const parts: Array<{ stop(): Promise<void> }> = [];
  const stop = async () => {
    for (const part of parts.reverse()) await part.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const database = await step(
      'database',
      () =>
        startEmbeddedPostgres({
          dataDir: path.join(dataDir, 'postgres'),
          port: ports.db,
          settings: options.pgStats
            ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' }
            : {},
        }),
      () => `embedded PostgreSQL on port ${ports.db}${options.pgStats ? ' with pg_stat_statements' : ''}`,
    );
    parts.push(database);
    await migrateAndSeed(database.url);
    const serverEnv = {
      ...stackEnv({
        env,
        secrets,
        ports: { web: ports.web, sandbox: ports.sandbox },
        databaseUrl: database.url,
        demoAccessToken: demoAccessToken(env),
      }),
      SANDBOX_CATALOGUE_SIZE: String(options.catalogueSize),
    };
    const sandbox = await startSandbox({
      command: process.execPath,
      args: [path.join(repoRoot, 'apps/jackpot-sandbox/dist/main.js')],
      env: serverEnv,
      logDir,
      port: ports.sandbox,
    });
    parts.push(sandbox);
    await syncCatalogueStep({ env, secrets, ports, databaseUrl: database.url });
    // `next start` run by node itself, so that node's own flags (--cpu-prof) can be given.
    const startWeb = (extraEnv: Record<string, string>, port = ports.web) =>
      step(
        port === ports.web ? 'web' : 'second web',
        () =>
          startServer({
            name: port === ports.web ? 'web' : 'web-2',
            command: process.execPath,
            args: [
              ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
              nextBin(),
              'start',
              '--port',
              String(port),
            ],
            cwd: path.join(repoRoot, 'apps', 'web'),
            env: { ...serverEnv, NODE_ENV: 'production', ...extraEnv },
            logDir,
            healthUrl: `http://localhost:${port}/api/health`,
            timeoutMs: 120_000,
          }),
        () =>
          `http://localhost:${port}${Object.entries(extraEnv)
            .map(([name, value]) => ` ${name}=${value}`)
            .join('')}${options.cpuProfDir ? `, CPU profiles into ${options.cpuProfDir}` : ''}`,
      );
    let web: ManagedProcess = await startWeb(options.webEnv ?? {});
    // Stopped through this part, whichever web server runs at the end.
    const webPart = { stop: () => web.stop() };
    parts.push(webPart);
    const secondWeb = ports.secondWeb === undefined ? null : await startWeb(options.webEnv ?? {}, ports.secondWeb);
    if (secondWeb) parts.push(secondWeb);
    const baseline =
      options.baseline === false
        ? null
        : await step(
            'bare Next.js app',
            () =>
              startServer({
                name: 'baseline',
                command: process.execPath,
                args: [nextBin(), 'start', '--port', String(ports.baseline)],
                cwd: baselineDir,
                env: childEnv({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }),
                logDir,
                healthUrl: `http://localhost:${ports.baseline}/api/fixed`,
              }),
            () => `http://localhost:${ports.baseline}`,
          );
    if (baseline) parts.push(baseline);
    const db = createDb(database.url, { maxConnections: 5 });
    parts.push({ stop: () => db.$disconnect() });
    if (options.pgStats) await db.$executeRaw`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
    const firstWeb: WebInstance = {
      url: `http://localhost:${ports.web}`,
      get pgid() {
        return web.child.pid!;
      },
    };
    return {
      web: firstWeb,
      webs: secondWeb
        ? [firstWeb, { url: `http://localhost:${ports.secondWeb}`, pgid: secondWeb.child.pid! }]
        : [firstWeb],
      async restartWeb(extraEnv) {
        await web.stop();
        web = await startWeb({ ...options.webEnv, ...extraEnv });
        // A starting server queues a catalogue sync: let it finish, as at first.
        await waitForQueues(db, ['catalogue.sync']);
      },
      baseline: { url: `http://localhost:${ports.baseline}`, pgid: baseline?.child.pid ?? 0 },
      sandbox: {
        url: `http://localhost:${ports.sandbox}`,
        controlToken: secrets.SANDBOX_CONTROL_TOKEN,
        pgid: sandbox.child.pid!,
      },
      postgresDataDir: database.dataDir,
      postgresPid: Number(readFileSync(path.join(database.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
      secrets,
      databaseUrl: database.url,
      db,
      logDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits until no job of these queues is waiting or running (e.g. the catalogue sync queued at start). */
export async function waitForQueues(db: Db, queues: string[], timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.$queryRaw<Array<{ busy: bigint }>>`
      SELECT count(*) AS busy FROM pgboss.job WHERE name = ANY(${queues}) AND state < 'completed'`;
    if (Number(row?.busy ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error(`queues ${queues.join(', ')} still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Forget what pg_stat_statements has counted so far. */
export async function resetStatementStats(db: Db): Promise<void> {
  await db.$queryRaw`SELECT pg_stat_statements_reset()`;
}

/** The statements that took the most database time, and the most frequent, since the last reset. */
export async function statementStats(db: Db, top = 12): Promise<string> {
  const select = (orderBy: Prisma.Sql) => db.$queryRaw<
    Array<{ calls: bigint; total_ms: number; mean_ms: number; query: string }>
  >`
    SELECT calls, total_exec_time AS total_ms, mean_exec_time AS mean_ms, query
    FROM pg_stat_statements
    WHERE query NOT ILIKE '%pg_stat_statements%'
    ORDER BY ${orderBy} DESC LIMIT ${top}`;
  const [sum] = await db.$queryRaw<Array<{ calls: bigint; total_ms: number; transactions: bigint }>>`
    SELECT sum(calls) AS calls, sum(total_exec_time) AS total_ms,
           sum(calls) FILTER (WHERE query ILIKE 'COMMIT%') AS transactions
    FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`;
  const line = (row: { calls: bigint; total_ms: number; mean_ms: number; query: string }) =>
    `    ${Number(row.total_ms).toFixed(0).padStart(7)} ms ${String(row.calls).padStart(7)} calls ${Number(row.mean_ms).toFixed(3).padStart(8)} ms/call  ${row.query.replace(/\s+/g, ' ').slice(0, 140)}`;
  return [
    `    in all: ${Number(sum?.calls ?? 0)} statements (${Number(sum?.transactions ?? 0)} explicit transactions), ${Number(sum?.total_ms ?? 0).toFixed(0)} ms executing`,
    '    by time:',
    ...(await select(Prisma.sql`total_exec_time`)).map(line),
    '    by calls:',
    ...(await select(Prisma.sql`calls`)).map(line),
  ].join('\n');
}
