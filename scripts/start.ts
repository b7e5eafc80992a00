// `npm start`: build, database, migrations, seed, Jackpot sandbox and the web app (production
// build), each step timed. Ctrl-C stops everything, the embedded database included.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { readDbEnv } from '@jackpot-portal/db';

import { ensureWritableDataFolder } from './lib/data-folder';
import { demoAccessToken, localSecrets, readScriptEnv, repoRoot } from './lib/env';
import {
  assertStackPortsFree,
  migrateAndSeed,
  printBanner,
  stackEnv,
  startDatabase,
  startSandbox,
  startWeb,
  stopOnSignals,
  syncCatalogueStep,
  stopWhenAnyExits,
} from './lib/stack';
import { reportFailure, runLogged, step } from './lib/steps';

const { values: flags } = parseArgs({
  options: {
    // A throw-away data folder, removed on exit: what the end-to-end tests use.
    ephemeral: { type: 'boolean', default: false },
    port: { type: 'string' },
    'sandbox-port': { type: 'string' },
    'db-port': { type: 'string' },
  },
});

const cleanup: Array<{ stop(): Promise<void> }> = [];
let stopAll: ((code: number) => Promise<void>) | undefined;

async function main() {
  const env = readScriptEnv();
  const ports = { web: Number(flags.port ?? env.PORT), sandbox: Number(flags['sandbox-port'] ?? env.SANDBOX_PORT) };
  const dbPort = Number(flags['db-port'] ?? readDbEnv().EMBEDDED_POSTGRES_PORT);
  const persistentDataDir = path.join(repoRoot, '.data');
  await assertStackPortsFree({
    env,
    ports,
    dbPort,
    dataDir: persistentDataDir,
    command: 'npm start',
    settings: {
      web: flags.port && '--port',
      sandbox: flags['sandbox-port'] && '--sandbox-port',
      db: flags['db-port'] && '--db-port',
    },
  });
  if (!flags.ephemeral) ensureWritableDataFolder(persistentDataDir);
  const dataDir = flags.ephemeral ? mkdtempSync(path.join(os.tmpdir(), 'jackpot-portal-')) : persistentDataDir;
  const logDir = path.join(dataDir, 'logs');
  const secrets = localSecrets(dataDir, env);
  const withSandbox = !env.JACKPOT_API_URL;
  if (flags.ephemeral) cleanup.push({ stop: async () => rmSync(dataDir, { recursive: true, force: true }) });

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
  const database = await startDatabase({ env, dataDir, port: dbPort });
  cleanup.push(database);
  stopAll = stopOnSignals(cleanup);
  await migrateAndSeed(database.url);

  const demoToken = demoAccessToken(env);
  const serverEnv = stackEnv({ env, secrets, ports, databaseUrl: database.url, demoAccessToken: demoToken });
  const servers = [];
  if (withSandbox) {
    const sandbox = await startSandbox({
      command: process.execPath,
      args: [path.join(repoRoot, 'apps/jackpot-sandbox/dist/main.js')],
      env: serverEnv,
      logDir,
      port: ports.sandbox,
    });
    cleanup.push(sandbox);
    servers.push(sandbox);
  }
  await syncCatalogueStep({ env, secrets, ports, databaseUrl: database.url });
  const web = await startWeb({
    args: ['start', '--port', String(ports.web)],
    env: { ...serverEnv, NODE_ENV: 'production' },
    logDir,
    port: ports.web,
  });
  cleanup.push(web);
  servers.push(web);

  stopWhenAnyExits(servers, stopAll);
  printBanner({ ports, secrets, env, logDir, sandbox: withSandbox, demoAccessToken: demoToken });
}

main().catch(async (error) => {
  reportFailure(error);
  await stopAll?.(1);
  process.exit(1);
});
