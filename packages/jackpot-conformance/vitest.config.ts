import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jackpot-conformance',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    // One target, shared state (clock, stores): files run one after the other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
