// `npm run dev`: the same stack as `npm start`, with hot reload — `next dev` for the web app
// and `tsx watch` for the sandbox. Data lives in .data/ like `npm start`'s.
import path from 'node:path';

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
import { reportFailure } from './lib/steps';

const cleanup: Array<{ stop(): Promise<void> }> = [];
let stopAll: ((code: number) => Promise<void>) | undefined;

async function main() {
  const env = readScriptEnv();
  const dataDir = path.join(repoRoot, '.data');
  const logDir = path.join(dataDir, 'logs');
  const ports = { web: env.PORT, sandbox: env.SANDBOX_PORT };
  const dbPort = readDbEnv().EMBEDDED_POSTGRES_PORT;
  await assertStackPortsFree({ env, ports, dbPort, dataDir, command: 'npm run dev' });
  ensureWritableDataFolder(dataDir);
  const secrets = localSecrets(dataDir, env);

  const database = await startDatabase({ env, dataDir, port: dbPort });
  cleanup.push(database);
  stopAll = stopOnSignals(cleanup);
  await migrateAndSeed(database.url);

  const demoToken = demoAccessToken(env);
  const serverEnv = stackEnv({ env, secrets, ports, databaseUrl: database.url, demoAccessToken: demoToken });
  const servers = [];
  if (!env.JACKPOT_API_URL) {
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const sandbox = await startSandbox({
      command: tsx,
      args: ['watch', path.join(repoRoot, 'apps/jackpot-sandbox/src/main.ts')],
      env: serverEnv,
      logDir,
      port: ports.sandbox,
      echo: true,
    });
    cleanup.push(sandbox);
    servers.push(sandbox);
  }
  await syncCatalogueStep({ env, secrets, ports, databaseUrl: database.url });
  const web = await startWeb({
    args: ['dev', '--port', String(ports.web)],
    env: { ...serverEnv, NODE_ENV: 'development' },
    logDir,
    port: ports.web,
    echo: true,
  });
  cleanup.push(web);
  servers.push(web);
  stopWhenAnyExits(servers, stopAll);
  printBanner({ ports, secrets, env, logDir, sandbox: !env.JACKPOT_API_URL, demoAccessToken: demoToken });
}

main().catch(async (error) => {
  reportFailure(error);
  await stopAll?.(1);
  process.exit(1);
});
