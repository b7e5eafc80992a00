import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from './env';

/**
 * How each production image is made, as data. The Dockerfiles wrap exactly these commands
 * (test/dockerfiles.test.ts compares them line by line), and scripts/production-check.ts runs
 * them without Docker, so that what the images do is proven on every CI run.
 *
 * Folders are those of the Dockerfiles' stages: the build context (the repository), the build
 * folder (`/repo` in the image: the pruned workspace, installed and built) and the runtime
 * folder (`/app`: only what the runtime stage copies).
 */
export interface ImageRecipe {
  name: string;
  dockerfile: string;
  /** Run in the build context; writes `out/json` (manifests and lockfile) and `out/full`. */
  prune: string;
  /** Run in the build folder holding `out/json`. */
  install: string;
  /** Run in the build folder once `out/full` is copied over it. */
  build: string;
  /** What the runtime stage copies: from (in the build folder) → to (in the runtime folder). */
  runtimeCopies: ReadonlyArray<readonly [from: string, to: string]>;
  /** The runtime command, run in the runtime folder. */
  start: readonly string[];
  /** The migration runner: a stage over the build folder, its working folder and command. */
  migrate?: { dir: string; command: readonly string[] };
}

export const webImage: ImageRecipe = {
  name: 'web',
  dockerfile: 'apps/web/Dockerfile',
  prune: 'turbo prune @jackpot-portal/web --docker',
  install: 'pnpm install --frozen-lockfile',
  build: 'pnpm --filter @jackpot-portal/db generate && NEXT_OUTPUT=standalone pnpm --filter @jackpot-portal/web build',
  runtimeCopies: [
    ['apps/web/.next/standalone', '.'],
    ['apps/web/.next/static', 'apps/web/.next/static'],
    ['apps/web/public', 'apps/web/public'],
  ],
  start: ['node', 'apps/web/server.js'],
  migrate: { dir: 'packages/db', command: ['pnpm', 'exec', 'prisma', 'migrate', 'deploy'] },
};

export const sandboxImage: ImageRecipe = {
  name: 'sandbox',
  dockerfile: 'apps/jackpot-sandbox/Dockerfile',
  prune: 'turbo prune @jackpot-portal/jackpot-sandbox --docker',
  install: 'pnpm install --frozen-lockfile',
  build:
    'pnpm --filter @jackpot-portal/jackpot-sandbox build && pnpm --filter @jackpot-portal/jackpot-sandbox deploy --prod deploy',
  runtimeCopies: [['deploy', '.']],
  start: ['node', 'dist/main.js'],
};

/** The tools the images install globally, at the versions the repository pins. */
export function imageTools(): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    packageManager: string;
    devDependencies: Record<string, string>;
  };
  return `${manifest.packageManager} turbo@${manifest.devDependencies.turbo}`;
}
