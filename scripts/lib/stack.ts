import path from 'node:path';

import { syncCatalogue } from '@jackpot-portal/api';
import { createDb } from '@jackpot-portal/db';
import { startEmbeddedPostgres } from '@jackpot-portal/db/embedded';
import { migrateDatabase } from '@jackpot-portal/db/migrate';
import { demoAccounts, seedDatabase } from '@jackpot-portal/db/seed';
import { createJackpotClientFromEnv } from '@jackpot-portal/jackpot-core';

import { childEnv, type LocalSecrets, repoRoot, type ScriptEnv } from './env';
import { assertPortsFree, leftoverPostgresHint, type PortClaim } from './ports';
import { startServer, stopEchoing } from './processes';
import { bold, dim, step } from './steps';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The database step: the server named by DATABASE_URL, or an embedded one in the data folder. */
export function startDatabase(options: { env: ScriptEnv; dataDir: string; port: number }): Promise<Database> {
  return step(
    'database',
    async () => {
      if (options.env.DATABASE_URL) return { url: options.env.DATABASE_URL, embedded: false, stop: async () => {} };
      const server = await startEmbeddedPostgres({
        dataDir: path.join(options.dataDir, 'postgres'),
        port: options.port,
      });
      return { url: server.url, embedded: true, stop: () => server.stop() };
    },
    (db) => (db.embedded ? `embedded PostgreSQL on port ${options.port}` : 'DATABASE_URL'),
  );
}

/**
 * Before anything slow: the ports the stack will listen on are free (the web app; the sandbox
 * unless JACKPOT_API_URL names another Jackpot; the embedded PostgreSQL unless DATABASE_URL).
 * `settings` names what moves each port when it is not the usual variable (a flag).
 */
export function assertStackPortsFree(options: {
  env: ScriptEnv;
  ports: Ports;
  dbPort: number;
  dataDir: string;
  command: string;
  settings?: { web?: string; sandbox?: string; db?: string };
}): Promise<void> {
  const claims: PortClaim[] = [
    { port: options.ports.web, server: 'the web app', setting: options.settings?.web ?? 'PORT' },
  ];
  if (!options.env.JACKPOT_API_URL)
    claims.push({
      port: options.ports.sandbox,
      server: 'the Jackpot sandbox',
      setting: options.settings?.sandbox ?? 'SANDBOX_PORT',
    });
  if (!options.env.DATABASE_URL)
    claims.push({
      port: options.dbPort,
      server: 'the embedded PostgreSQL',
      setting: options.settings?.db ?? 'EMBEDDED_POSTGRES_PORT',
      hint: leftoverPostgresHint(path.join(options.dataDir, 'postgres'), options.dbPort),
    });
  return assertPortsFree(claims, options.command);
}

export async function migrateAndSeed(databaseUrl: string): Promise<void> {
  await migrateStep(databaseUrl);
  await seedStep(databaseUrl);
}

export function migrateStep(databaseUrl: string): Promise<{ applied: string[] }> {
  return step(
    'migrate',
    () => migrateDatabase(databaseUrl),
    ({ applied }) => (applied.length ? `applied ${applied.join(', ')}` : 'up to date'),
  );
}

/** Seeds with the generated client, i.e. the schema in prisma/schema.prisma: migrate first. */
export async function seedStep(databaseUrl: string): Promise<void> {
  await step(
    'seed',
    async () => {
      const db = createDb(databaseUrl);
      try {
        return await seedDatabase(db);
      } finally {
        await db.$disconnect();
      }
    },
    ({ users, grantsCreated }) =>
      `${users} demo accounts${grantsCreated ? `, ${grantsCreated} welcome budgets granted` : ''}`,
  );
}

export interface Ports {
  web: number;
  sandbox: number;
}

export function jackpotUrl(env: ScriptEnv, ports: Ports): string {
  return env.JACKPOT_API_URL ?? `http://localhost:${ports.sandbox}`;
}

export function webhookUrl(secrets: LocalSecrets, ports: Ports): string {
  return `http://localhost:${ports.web}/api/webhooks/jackpot/${secrets.JACKPOT_WEBHOOK_SECRET}`;
}

export function demoAccessUrl(ports: Ports, demoAccessToken: string): string {
  return `http://localhost:${ports.web}/signin?${new URLSearchParams({ demo: demoAccessToken })}`;
}

/** Variables every server of the stack receives. */
export function stackEnv(options: {
  env: ScriptEnv;
  secrets: LocalSecrets;
  ports: Ports;
  databaseUrl: string;
  demoAccessToken: string;
}) {
  return childEnv({
    ...options.secrets,
    DATABASE_URL: options.databaseUrl,
    JACKPOT_API_URL: jackpotUrl(options.env, options.ports),
    JACKPOT_WEBHOOK_URL: webhookUrl(options.secrets, options.ports),
    SANDBOX_PORT: String(options.ports.sandbox),
    AUTH_URL: `http://localhost:${options.ports.web}`,
    AUTH_TRUST_HOST: 'true',
    // The local stack is a demo: demo accounts on the sign-in page, emails in /demo/outbox,
    // both for whoever opens the banner's demo access link only.
    DEMO_MODE: 'true',
    DEMO_ACCESS_TOKEN: options.demoAccessToken,
    PORT: String(options.ports.web),
  });
}

export function startSandbox(options: {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  logDir: string;
  port: number;
  echo?: boolean;
}) {
  return step(
    'sandbox',
    () =>
      startServer({
        name: 'sandbox',
        command: options.command,
        args: options.args,
        cwd: repoRoot,
        env: options.env,
        logDir: options.logDir,
        healthUrl: `http://localhost:${options.port}/health`,
        echo: options.echo,
      }),
    () => `Jackpot sandbox on http://localhost:${options.port}`,
  );
}

/** The catalogue step: mirrors Jackpot's stores into the database, so the demo has a catalogue to browse. */
export function syncCatalogueStep(options: {
  env: ScriptEnv;
  secrets: LocalSecrets;
  ports: Ports;
  databaseUrl: string;
}) {
  return step(
    'catalogue',
    async () => {
      const db = createDb(options.databaseUrl);
      const jackpot = createJackpotClientFromEnv({
        ...options.secrets,
        JACKPOT_API_URL: jackpotUrl(options.env, options.ports),
      });
      try {
        return await syncCatalogue({ db, jackpot });
      } finally {
        await db.$disconnect();
      }
    },
    ({ stores, enabled }) => `${stores} stores (${enabled} enabled)`,
  );
}

export function startWeb(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
  logDir: string;
  port: number;
  echo?: boolean;
}) {
  return step(
    'web',
    () =>
      startServer({
        name: 'web',
        command: path.join(repoRoot, 'apps', 'web', 'node_modules', '.bin', 'next'),
        args: options.args,
        cwd: path.join(repoRoot, 'apps', 'web'),
        env: options.env,
        logDir: options.logDir,
        healthUrl: `http://localhost:${options.port}/api/health`,
        timeoutMs: 120_000,
        echo: options.echo,
      }),
    () => `http://localhost:${options.port}`,
  );
}

export function printBanner(options: {
  ports: Ports;
  secrets: LocalSecrets;
  env: ScriptEnv;
  logDir: string;
  sandbox: boolean;
  demoAccessToken: string;
}) {
  const lines = [
    '',
    bold(`  Jackpot Rewards is running: http://localhost:${options.ports.web}`),
    '',
    `  Demo sign-in:    ${bold(demoAccessUrl(options.ports, options.demoAccessToken))}`,
    dim('                   opens the demo accounts and outbox in your browser; keep it to yourself,'),
    dim('                   it changes at every start'),
    '',
    '  Demo accounts (sign in by email link; the demo outbox shows the link):',
    ...demoAccounts.map(
      (account) =>
        `    ${account.role === 'ADMIN' ? 'admin   ' : 'employee'}  ${account.email}${account.welcomeBudgetCents ? `  (budget ${account.welcomeBudgetCents / 100} €)` : ''}`,
    ),
    '',
    `  Jackpot API:     ${jackpotUrl(options.env, options.ports)}${options.sandbox ? ' (local sandbox)' : ''}`,
    `  Webhook URL:     ${webhookUrl(options.secrets, options.ports)}`,
    `  Logs:            ${options.logDir}`,
    '',
    dim('  Press Ctrl-C to stop everything.'),
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * Stops the parts (a live list: parts started later are stopped too) in reverse order on
 * Ctrl-C. Returns the stop function, for a server that dies on its own.
 */
let stopping = false;

export function stopOnSignals(parts: Array<{ stop(): Promise<void> }>): (code: number) => Promise<void> {
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    stopEchoing();
    console.log('\nStopping\u2026');
    for (const part of [...parts].reverse()) {
      try {
        await part.stop();
      } catch (error) {
        console.error(`  could not stop cleanly: ${(error as Error).message}`);
      }
    }
    console.log('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0));
  return stopAll;
}

/** A server that exits by itself takes the whole stack down, naming its log. */
export function stopWhenAnyExits(
  servers: Array<{ name: string; exited: Promise<number | null>; logFile: string }>,
  stopAll: (code: number) => Promise<void>,
) {
  for (const server of servers) {
    void server.exited.then((code) => {
      if (stopping) return;
      console.error(`\nThe ${server.name} stopped unexpectedly (exit ${code}). Read its log: ${server.logFile}`);
      void stopAll(1);
    });
  }
}
