import path from 'node:path';

import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { alias: { '~': path.resolve(import.meta.dirname, 'src') } },
  // tsconfig keeps JSX for Next.js to compile; tests of server components compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A fresh, migrated PostgreSQL for the tests of test/ that run Auth.js against the real schema.
    globalSetup: ['../../packages/db/test/global-setup.ts'],
    hookTimeout: 60_000,
    // next-auth imports `next/server` without an extension, as bundlers allow: let Vite resolve it.
    server: { deps: { inline: ['next-auth'] } },
    // Importing src/env.ts validates the process environment; tests build their own instead.
    env: { SKIP_ENV_VALIDATION: '1' },
  },
});
