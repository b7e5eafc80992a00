// `npm run sandbox`: the Jackpot sandbox alone. Builds it when the bundle is missing or older
// than its sources (the sandbox's and jackpot-core's), then runs it in the foreground with the
// caller's environment (JACKPOT_*, SANDBOX_*), forwarding Ctrl-C and SIGTERM so that it can
// flush its data file and exit cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { readScriptEnv, repoRoot as root } from './lib/env';
import { assertPortsFree } from './lib/ports';
import { reportFailure } from './lib/steps';

try {
  const port = readScriptEnv().SANDBOX_PORT;
  await assertPortsFree([{ port, server: 'the Jackpot sandbox', setting: 'SANDBOX_PORT' }], 'npm run sandbox');
} catch (error) {
  reportFailure(error);
  process.exit(1);
}
const bundle = path.join(root, 'apps', 'jackpot-sandbox', 'dist', 'main.js');
const sources = [path.join(root, 'apps', 'jackpot-sandbox', 'src'), path.join(root, 'packages', 'jackpot-core', 'src')];

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(bundle) || sources.some((dir) => existsSync(dir) && newestModification(dir) > statSync(bundle).mtimeMs);
if (stale) {
  console.log('▸ building the sandbox (pnpm --filter @jackpot-portal/jackpot-sandbox build)…');
  const build = spawnSync('pnpm', ['--filter', '@jackpot-portal/jackpot-sandbox', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(process.execPath, [bundle, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
