import { defineProject } from 'vitest/config';

// A quick check of the harness's own logic; the benchmarks themselves never run in npm test.
export default defineProject({
  test: {
    name: 'bench',
    include: ['src/**/*.test.ts'],
  },
});
