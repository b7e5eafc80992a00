import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ensureWritableDataFolder } from './data-folder';
import { demoAccessToken, localSecrets, readScriptEnv, repoRoot, type ScriptEnv } from './env';
import {
  assertStackPortsFree,
  migrateAndSeed,
  type Ports,
  printBanner,
  stackEnv,
  startDatabase,
  startSandbox,
  startWeb,
  stopOnSignals,
  stopWhenAnyExits,
  syncCatalogueStep,
} from './stack';
import { reportFailure, runLogged, step } from './steps';

/**
 * The two ways to run the stack. `production` (`npm start`): the production build, served by
 * `next start` and the sandbox's bundle. `development` (`npm run dev`): no build, `next dev` and
 * `tsx watch` with their output in the terminal, for hot reload.
 */
export type StackMode = 'production' | 'development';

export interface StackOptions {
  mode: StackMode;
  /** The command the user typed, for the messages about ports. */
  command: string;
  /** The ports, from the scripts' environment (read and checked inside the sequence) or flags. */
  ports: (env: ScriptEnv) => Ports & { db: number };
  /** A throw-away data folder, removed on exit (what the end-to-end tests use); else .data/. */
  ephemeral?: boolean;
  /** What moves each port when it is not the usual variable (a flag). */
  settings?: { web?: string; sandbox?: string; db?: string };
}

/**
 * The one stack sequence: ports checked → data folder → build (production) → database →
 * migrate and seed → sandbox (unless JACKPOT_API_URL names another Jackpot) → catalogue → web,
 * each step timed; Ctrl-C or any server's exit stops everything, the embedded database included.
 */
export async function runStack(options: StackOptions): Promise<void> {
  const cleanup: Array<{ stop(): Promise<void> }> = [];
  let stopAll: ((code: number) => Promise<void>) | undefined;
  try {
    const env = readScriptEnv();
    const { db: dbPort, ...ports } = options.ports(env);
    const production = options.mode === 'production';
    const persistentDataDir = path.join(repoRoot, '.data');
    await assertStackPortsFree({
      env,
      ports,
      dbPort,
      dataDir: persistentDataDir,
      command: options.command,
      settings: options.settings,
    });
    if (!options.ephemeral) ensureWritableDataFolder(persistentDataDir);
    const dataDir = options.ephemeral ? mkdtempSync(path.join(os.tmpdir(), 'jackpot-portal-')) : persistentDataDir;
    const logDir = path.join(dataDir, 'logs');
    const secrets = localSecrets(dataDir, env);
    const withSandbox = !env.JACKPOT_API_URL;
    if (options.ephemeral) cleanup.push({ stop: async () => rmSync(dataDir, { recursive: true, force: true }) });

    if (production) await buildStep(logDir);
    const database = await startDatabase({ env, dataDir, port: dbPort });
    cleanup.push(database);
    stopAll = stopOnSignals(cleanup);
    await migrateAndSeed(database.url);

    const demoToken = demoAccessToken(env);
    const serverEnv = stackEnv({ env, secrets, ports, databaseUrl: database.url, demoAccessToken: demoToken });
    const servers = [];
    if (withSandbox) {
      const sandbox = await startSandbox({
        ...(production
          ? { command: process.execPath, args: [path.join(repoRoot, 'apps/jackpot-sandbox/dist/main.js')] }
          : {
              command: path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
              args: ['watch', path.join(repoRoot, 'apps/jackpot-sandbox/src/main.ts')],
              echo: true,
            }),
        env: serverEnv,
        logDir,
        port: ports.sandbox,
      });
      cleanup.push(sandbox);
      servers.push(sandbox);
    }
    await syncCatalogueStep({ env, secrets, ports, databaseUrl: database.url });
    const web = await startWeb({
      args: [production ? 'start' : 'dev', '--port', String(ports.web)],
      env: { ...serverEnv, NODE_ENV: options.mode },
      logDir,
      port: ports.web,
      echo: !production,
    });
    cleanup.push(web);
    servers.push(web);

    stopWhenAnyExits(servers, stopAll);
    printBanner({ ports, secrets, env, logDir, sandbox: withSandbox, demoAccessToken: demoToken });
  } catch (error) {
    reportFailure(error);
    await stopAll?.(1);
    process.exit(1);
  }
}

function buildStep(logDir: string) {
  return step(
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
}
