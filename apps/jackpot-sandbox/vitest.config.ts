import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'jackpot-sandbox',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
