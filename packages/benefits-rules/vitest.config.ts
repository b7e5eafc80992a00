import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'benefits-rules',
    include: ['src/**/*.test.ts'],
  },
});
