import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jackpot-core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
