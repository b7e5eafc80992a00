#!/usr/bin/env node
// Entry point of every root npm script. It needs nothing but Node.js and npm: it checks the
// Node.js version, makes sure the pinned pnpm, the workspace's dependencies and the generated
// Prisma client are in place, then hands over to the TypeScript task (scripts/<task>.ts) that
// does the real work — so every task may import any workspace package.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// 0. Node.js within the `engines` range, before anything else: an older Node fails later in
// ways that do not say why. The range is `>=MAJOR.MINOR[.PATCH]`.
const [range, wanted] = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(manifest.engines.node.trim()) ?? [];
if (!range) {
  console.error(`scripts/run.mjs understands engines.node of the form ">=20.19", not "${manifest.engines.node}".`);
  process.exit(2);
}
const current = process.versions.node;
const parts = (version) => [...version.split('.').map(Number), 0, 0].slice(0, 3);
const older = (a, b) => {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};
if (older(parts(current), parts(wanted))) {
  console.error(
    `This project needs Node.js ${wanted} or newer; this is Node.js ${current}.\n` +
      'Install a current Node.js (https://nodejs.org, or your version manager: nvm install 20), then run the command again.',
  );
  process.exit(1);
}

const pnpmVersion = manifest.packageManager.split('@')[1];
const task = process.argv[2];
const tasks = [
  'start',
  'dev',
  'test',
  'sandbox',
  'conformance',
  'db-migrate-new',
  'production-check',
  'bench',
  'db-seed-large',
  'chaos',
];
if (!tasks.includes(task)) {
  console.error(`Unknown task "${task}". Known tasks: ${tasks.join(', ')}.`);
  process.exit(2);
}

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
  COREPACK_ENABLE_STRICT: '0',
  npm_config_nodedir: process.env.npm_config_nodedir ?? (existsSync('/usr/include/node/node.h') ? '/usr' : undefined),
};
for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

const started = Date.now();
const step = (label) => process.stdout.write(`\u25b8 ${label}\u2026`);
const done = (t0, note = '') =>
  console.log(` done in ${((Date.now() - t0) / 1000).toFixed(1)} s${note ? ` (${note})` : ''}`);
const fail = (label, detail) => {
  console.error(`\n\u2716 ${label} failed.${detail ? `\n${detail}` : ''}`);
  process.exit(1);
};

function run(cmd, args, { quiet = false } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  return result;
}

// 1. pnpm at the pinned version: the one on PATH if it matches, else a private copy in .tools/.
function findPnpm() {
  const onPath = run('pnpm', ['--version'], { quiet: true });
  if (onPath.status === 0 && onPath.stdout.trim() === pnpmVersion) return 'pnpm';
  const local = path.join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (existsSync(local)) {
    const v = run(local, ['--version'], { quiet: true });
    if (v.status === 0 && v.stdout.trim() === pnpmVersion) return local;
  }
  const t0 = Date.now();
  step(`install pnpm ${pnpmVersion} into .tools/`);
  mkdirSync(path.join(root, '.tools'), { recursive: true });
  const r = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefix', path.join(root, '.tools'), `pnpm@${pnpmVersion}`],
    { quiet: true },
  );
  if (r.status !== 0) fail(`Installing pnpm ${pnpmVersion}`, r.stderr);
  done(t0);
  return local;
}

// 2. Dependencies: reinstalled only when the lockfile or a manifest changed since the last install.
function installFingerprint() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const dir of ['apps', 'packages', 'tooling']) {
    const base = path.join(root, dir);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) files.push(path.join(dir, name, 'package.json'));
  }
  for (const f of files.sort()) {
    const p = path.join(root, f);
    if (existsSync(p)) hash.update(f).update(readFileSync(p));
  }
  return hash.digest('hex');
}

const pnpm = findPnpm();
const stamp = path.join(root, 'node_modules', '.install-fingerprint');
const fingerprint = installFingerprint();
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint) {
  const t0 = Date.now();
  step('install dependencies (pnpm install)');
  const frozen = existsSync(path.join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  const r = run(pnpm, ['install', ...frozen, '--reporter', 'append-only'], { quiet: true });
  if (r.status !== 0) fail('Installing dependencies', `${r.stdout}\n${r.stderr}`);
  writeFileSync(stamp, installFingerprint());
  done(t0);
} else {
  console.log('\u25b8 install dependencies\u2026 up to date');
}

// 3. The Prisma client (packages/db/src/generated/, git-ignored), which the tasks import: generated
// when it is missing, or when the schema, the Prisma config or the dependencies changed.
function generateFingerprint() {
  const hash = createHash('sha256');
  for (const f of [
    'packages/db/prisma/schema.prisma',
    'packages/db/prisma.config.ts',
    'node_modules/.install-fingerprint',
  ])
    hash.update(f).update(readFileSync(path.join(root, f)));
  return hash.digest('hex');
}
const client = path.join(root, 'packages', 'db', 'src', 'generated', 'prisma', 'client.ts');
const generateStamp = path.join(root, 'node_modules', '.generate-fingerprint');
if (
  !existsSync(client) ||
  !existsSync(generateStamp) ||
  readFileSync(generateStamp, 'utf8') !== generateFingerprint()
) {
  const t0 = Date.now();
  step('generate the Prisma client');
  const r = run(pnpm, ['--filter', '@jackpot-portal/db', 'generate'], { quiet: true });
  if (r.status !== 0) fail('Generating the Prisma client', `${r.stdout}\n${r.stderr}`);
  writeFileSync(generateStamp, generateFingerprint());
  done(t0);
}

// 4. Hand over to the task. Ctrl-C reaches the task too; this process waits for it to clean up.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
// With the same pnpm on PATH for any nested call.
if (pnpm !== 'pnpm') env.PATH = `${path.dirname(pnpm)}${path.delimiter}${env.PATH}`;
env.JACKPOT_PORTAL_BOOTSTRAP_MS = String(Date.now() - started);
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, [path.join(root, 'scripts', `${task}.ts`), ...process.argv.slice(3)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
