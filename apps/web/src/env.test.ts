import { describe, expect, it } from 'vitest';

import { createWebEnv } from './env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/app',
  JACKPOT_API_KEY: 'key',
  JACKPOT_API_SIGNATURE: 'a-signature-of-32-characters-long',
  JACKPOT_CLIENT_SECRET: 'secret',
  JACKPOT_WEBHOOK_SECRET: 'a-webhook-secret-long-enough',
};

describe('web environment', () => {
  it('refuses to start without DATABASE_URL, naming it', () => {
    expect(() => createWebEnv({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => createWebEnv({ ...valid, DATABASE_URL: 'mysql://localhost/app' })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
  });

  it('refuses a short Jackpot API signature, naming it', () => {
    expect(() => createWebEnv({ ...valid, JACKPOT_API_SIGNATURE: 'short' })).toThrow(/JACKPOT_API_SIGNATURE: must be at least 16 characters/);
  });

  it('accepts a valid configuration, with the local sandbox as the default Jackpot', () => {
    const env = createWebEnv(valid);
    expect(env.DATABASE_URL).toBe(valid.DATABASE_URL);
    expect(env.JACKPOT_API_URL).toBe('http://localhost:4010');
    expect(env.JACKPOT_TIMEOUT_MS).toBe(10_000);
  });
});
