import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['../db/test/global-setup.ts', 'test/global-setup-sandbox.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
