import path from 'node:path';

import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { alias: { '~': path.resolve(import.meta.dirname, 'src') } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Importing src/env.ts validates the process environment; tests build their own instead.
    env: { SKIP_ENV_VALIDATION: '1' },
  },
});
