import { describe, expect, it } from 'vitest';

import { createWebEnv } from './env';

describe('web environment', () => {
  it('refuses to start without DATABASE_URL, naming it', () => {
    expect(() => createWebEnv({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => createWebEnv({ DATABASE_URL: 'mysql://localhost/app' })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
  });

  it('accepts a valid configuration', () => {
    expect(createWebEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/app' }).DATABASE_URL).toBe('postgresql://u:p@localhost:5432/app');
  });
});
