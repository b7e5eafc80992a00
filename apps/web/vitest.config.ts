import path from 'node:path';

import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { alias: { '~': path.resolve(import.meta.dirname, 'src') } },
  // tsconfig keeps JSX for Next.js to compile; tests of server components compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Importing src/env.ts validates the process environment; tests build their own instead.
    env: { SKIP_ENV_VALIDATION: '1' },
  },
});
