import { describe, expect, it } from 'vitest';

import { createWebEnv } from './env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/app',
  JACKPOT_API_KEY: 'key',
  JACKPOT_API_SIGNATURE: 'a-signature-of-32-characters-long',
  JACKPOT_CLIENT_SECRET: 'secret',
  JACKPOT_WEBHOOK_SECRET: 'a-webhook-secret-long-enough',
  AUTH_SECRET: 'an-auth-secret-of-at-least-32-characters',
};

describe('web environment', () => {
  it('refuses to start without DATABASE_URL, naming it', () => {
    expect(() => createWebEnv({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => createWebEnv({ ...valid, DATABASE_URL: 'mysql://localhost/app' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it('refuses a short Jackpot API signature, naming it', () => {
    expect(() => createWebEnv({ ...valid, JACKPOT_API_SIGNATURE: 'short' })).toThrow(
      /JACKPOT_API_SIGNATURE: must be at least 16 characters/,
    );
  });

  it('accepts a valid configuration, with the local sandbox as the default Jackpot', () => {
    const env = createWebEnv(valid);
    expect(env.DATABASE_URL).toBe(valid.DATABASE_URL);
    expect(env.JACKPOT_API_URL).toBe('http://localhost:4010');
    expect(env.JACKPOT_TIMEOUT_MS).toBe(10_000);
  });

  it('refuses a short AUTH_SECRET, naming it', () => {
    expect(() => createWebEnv({ ...valid, AUTH_SECRET: 'short' })).toThrow(
      /AUTH_SECRET: must be at least 32 characters/,
    );
  });

  it('reads DEMO_MODE as a boolean, off by default, and refuses other words', () => {
    expect(createWebEnv(valid).DEMO_MODE).toBe(false);
    expect(createWebEnv({ ...valid, DEMO_MODE: 'true' }).DEMO_MODE).toBe(true);
    expect(() => createWebEnv({ ...valid, DEMO_MODE: 'yes' })).toThrow(/DEMO_MODE: must be true or false/);
  });

  it('refuses a half-configured OpenID Connect provider', () => {
    expect(() => createWebEnv({ ...valid, AUTH_OIDC_ISSUER: 'https://id.example.com' })).toThrow(
      /set all three, or none/,
    );
    const complete = {
      ...valid,
      AUTH_OIDC_ISSUER: 'https://id.example.com',
      AUTH_OIDC_CLIENT_ID: 'portal',
      AUTH_OIDC_CLIENT_SECRET: 's3cret',
    };
    expect(createWebEnv(complete).AUTH_OIDC_ISSUER).toBe('https://id.example.com');
  });
});
