// `npm run check:production` (CI runs it, .ci/run): the production images' recipe, proven
// without Docker. In a temporary folder, for the web app and the sandbox alike, it runs the
// commands the Dockerfiles run (scripts/lib/production-recipe.ts): `turbo prune … --docker` on
// a copy of the build context (.dockerignore applied), a frozen install of `out/json`, the build
// over `out/full`, then copies exactly the files each runtime stage copies. It migrates an
// embedded PostgreSQL with the migration runner's command, deletes every build folder, and
// starts `node apps/web/server.js` and the sandbox from their runtime folders alone, with a
// production environment and nothing else: /api/health and the sign-in page must answer 200,
// and a webhook the sandbox sends must be accepted and processed. What only a Docker engine can
// show (the base image, the non-root user, the healthcheck) is left to it.
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createDb } from '@jackpot-portal/db';
import { startEmbeddedPostgres } from '@jackpot-portal/db/embedded';
import { appliedMigrations, committedMigrations } from '@jackpot-portal/db/migrate';

import { findOnPath, repoRoot } from './lib/env';
import { freePort } from './lib/ports';
import { type ManagedProcess, startServer } from './lib/processes';
import { type ImageRecipe, sandboxImage, webImage } from './lib/production-recipe';
import { reportFailure, runLogged, step, StepFailure } from './lib/steps';

const work = mkdtempSync(path.join(os.tmpdir(), 'jackpot-production-'));
const logDir = path.join(repoRoot, '.cache', 'production-check');
rmSync(logDir, { recursive: true, force: true });
const cleanup: Array<() => Promise<void>> = [async () => rmSync(work, { recursive: true, force: true })];

/**
 * A clean environment, as in an image: the pinned pnpm and turbo alone on PATH (from wrappers,
 * so that nothing else of the repository's node_modules/.bin leaks in) and the base image's
 * variables. HOME is kept: pnpm's store there only saves downloads.
 */
function imageEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = path.join(work, 'bin');
  if (!existsSync(bin)) {
    mkdirSync(bin);
    const pnpm = findOnPath('pnpm');
    if (!pnpm) throw new Error('pnpm is not on PATH (npm run check:production puts the pinned one there)');
    for (const [name, target] of [
      ['pnpm', pnpm],
      ['turbo', path.join(repoRoot, 'node_modules', '.bin', 'turbo')],
    ] as const) {
      writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${target}" "$@"\n`);
      chmodSync(path.join(bin, name), 0o755);
    }
  }
  const env: NodeJS.ProcessEnv = {
    PATH: [bin, path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
    HOME: os.homedir(),
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    ...extra,
  };
  return env;
}

/** A Dockerfile's RUN: `sh -c` in a folder, output in a log file named after the step. */
function run(label: string, command: string, cwd: string, env = imageEnv()): Promise<string> {
  return runLogged(label.replaceAll(/\W+/g, '-'), 'sh', ['-c', command], { cwd, env, logDir });
}

/** `COPY . .` of the build context: the working tree without what .dockerignore leaves out. */
function copyBuildContext(target: string): void {
  const patterns = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const anywhere = line.startsWith('**/');
      const name = line.replace(/^\*\*\//, '').replace(/^\//, '');
      if (name.includes('/')) throw new Error(`.dockerignore: "${line}" — use NAME or **/NAME, which this check reads`);
      const regex = new RegExp(`^${name.replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`);
      return { anywhere, regex };
    });
  cpSync(repoRoot, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const relative = path.relative(repoRoot, source);
      if (!relative) return true;
      const parts = relative.split(path.sep);
      const name = parts.at(-1)!;
      return !patterns.some(({ anywhere, regex }) => regex.test(name) && (anywhere || parts.length === 1));
    },
  });
}

/** The build and runtime stages of one image, in `work/<name>/{build,app}`. */
async function buildImage(recipe: ImageRecipe): Promise<{ build: string; app: string }> {
  const context = path.join(work, recipe.name, 'context');
  const build = path.join(work, recipe.name, 'build');
  const app = path.join(work, recipe.name, 'app');
  await step(`${recipe.name}: build context`, async () => copyBuildContext(context));
  await step(`${recipe.name}: ${recipe.prune}`, () => run(`${recipe.name}-prune`, recipe.prune, context));
  const pruned = path.join(context, 'out');
  mkdirSync(build, { recursive: true });
  cpSync(path.join(pruned, 'json'), build, { recursive: true });
  await step(`${recipe.name}: ${recipe.install}`, () => run(`${recipe.name}-install`, recipe.install, build));
  cpSync(path.join(pruned, 'full'), build, { recursive: true });
  await step(`${recipe.name}: build`, () => run(`${recipe.name}-build`, recipe.build, build));
  await step(`${recipe.name}: runtime files`, async () => {
    mkdirSync(app, { recursive: true });
    for (const [from, to] of recipe.runtimeCopies)
      cpSync(path.join(build, from), path.join(app, to), { recursive: true, verbatimSymlinks: true });
  });
  return { build, app };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

async function main() {
  console.log(`Working in ${work} (removed at the end); logs in ${path.relative(repoRoot, logDir)}/`);
  const web = await buildImage(webImage);
  const sandbox = await buildImage(sandboxImage);

  const ports = { web: await freePort(), sandbox: await freePort(), db: await freePort() };
  const database = await step(
    'database',
    () => startEmbeddedPostgres({ dataDir: path.join(work, 'postgres'), port: ports.db }),
    () => `embedded PostgreSQL on port ${ports.db}`,
  );
  cleanup.unshift(() => database.stop());

  const migrate = webImage.migrate!;
  await step(
    `migrate: ${migrate.command.join(' ')}`,
    async () => {
      const [command, ...args] = migrate.command;
      await runLogged('migrate', command!, args, {
        cwd: path.join(web.build, migrate.dir),
        env: imageEnv({ DATABASE_URL: database.url }),
        logDir,
      });
      const applied = await appliedMigrations(database.url);
      if (applied.join() !== committedMigrations().join())
        throw new Error(`applied ${applied.join(', ') || 'nothing'}, expected ${committedMigrations().join(', ')}`);
      return applied;
    },
    (applied) => `${applied.length} migrations applied`,
  );

  await step('only the runtime folders are left', async () => {
    for (const image of ['web', 'sandbox'])
      for (const folder of ['context', 'build']) rmSync(path.join(work, image, folder), { recursive: true });
  });

  const secrets = {
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    JACKPOT_API_KEY: `check-${randomBytes(6).toString('hex')}`,
    JACKPOT_API_SIGNATURE: randomBytes(32).toString('base64url'),
    JACKPOT_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    JACKPOT_WEBHOOK_SECRET: randomBytes(24).toString('base64url'),
  };
  const webUrl = `http://localhost:${ports.web}`;
  const sandboxUrl = `http://localhost:${ports.sandbox}`;
  const controlToken = randomBytes(18).toString('base64url');
  const servers: ManagedProcess[] = [];
  cleanup.unshift(async () => {
    for (const server of servers.reverse()) await server.stop();
  });

  const [sandboxCommand, ...sandboxArgs] = sandboxImage.start;
  servers.push(
    await step(`sandbox: ${sandboxImage.start.join(' ')}`, () =>
      startServer({
        name: 'sandbox',
        command: sandboxCommand!,
        args: sandboxArgs,
        cwd: sandbox.app,
        env: imageEnv({
          NODE_ENV: 'production',
          SANDBOX_PORT: String(ports.sandbox),
          SANDBOX_HOST: '127.0.0.1',
          SANDBOX_PUBLIC_URL: sandboxUrl,
          SANDBOX_CONTROL_TOKEN: controlToken,
          JACKPOT_API_KEY: secrets.JACKPOT_API_KEY,
          JACKPOT_API_SIGNATURE: secrets.JACKPOT_API_SIGNATURE,
          JACKPOT_CLIENT_SECRET: secrets.JACKPOT_CLIENT_SECRET,
          JACKPOT_WEBHOOK_URL: `${webUrl}/api/webhooks/jackpot/${secrets.JACKPOT_WEBHOOK_SECRET}`,
        }),
        logDir,
        healthUrl: `${sandboxUrl}/health`,
      }),
    ),
  );

  const [webCommand, ...webArgs] = webImage.start;
  servers.push(
    await step(`web: ${webImage.start.join(' ')}`, () =>
      startServer({
        name: 'web',
        command: webCommand!,
        args: webArgs,
        cwd: web.app,
        env: imageEnv({
          ...secrets,
          NODE_ENV: 'production',
          PORT: String(ports.web),
          HOSTNAME: '127.0.0.1',
          DATABASE_URL: database.url,
          AUTH_URL: webUrl,
          DEMO_MODE: 'false',
          JACKPOT_API_URL: sandboxUrl,
        }),
        logDir,
        healthUrl: `${webUrl}/api/health`,
        timeoutMs: 120_000,
      }),
    ),
  );

  await step('sign-in page', async () => {
    const response = await fetch(`${webUrl}/signin`, { redirect: 'manual' });
    if (response.status !== 200) throw new Error(`GET /signin answered ${response.status}`);
  });

  await step(
    'a webhook from the sandbox, accepted and processed',
    async () => {
      const control = { 'x-sandbox-token': controlToken, 'content-type': 'application/json' };
      const { stores } = (await (
        await fetch(`${sandboxUrl}/v2/stores?enabled=true`, { headers: { apikey: secrets.JACKPOT_API_KEY } })
      ).json()) as { stores: Array<{ id: string }> };
      const storeId = stores[0]!.id;
      const description = `Checked at ${new Date().toISOString()}`;
      const changed = await fetch(`${sandboxUrl}/_sandbox/stores/${storeId}`, {
        method: 'PATCH',
        headers: control,
        body: JSON.stringify({ description }),
      });
      if (!changed.ok) throw new Error(`the sandbox refused the store change: ${changed.status}`);
      const delivery = await waitFor(
        'the sandbox delivers store/update with a 200',
        async () => {
          const { deliveries } = (await (
            await fetch(`${sandboxUrl}/_sandbox/deliveries?event=store/update`, { headers: control })
          ).json()) as { deliveries: Array<{ eventId: string; state: string }> };
          return deliveries.find((entry) => entry.state === 'delivered');
        },
        30_000,
      );
      const db = createDb(database.url);
      try {
        await waitFor(
          'the portal processes it (the store mirror has the new description)',
          async () => {
            const event = await db.webhookEvent.findUnique({ where: { id: delivery.eventId } });
            const store = await db.store.findUnique({ where: { id: storeId } });
            return event?.status === 'PROCESSED' && store?.description === description ? true : undefined;
          },
          60_000,
        );
      } finally {
        await db.$disconnect();
      }
    },
    () => 'store/update recorded, PROCESSED, store mirrored',
  );
}

async function stop(code: number) {
  for (const part of cleanup) await part().catch((error: unknown) => console.error(`  cleanup: ${String(error)}`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(130));

main().then(
  () => {
    console.log('\nThe production recipe works: both images built, migrated, served and took a webhook.');
    return stop(0);
  },
  (error: unknown) => {
    reportFailure(error instanceof StepFailure ? error : new StepFailure('production check', String(error)));
    return stop(1);
  },
);
