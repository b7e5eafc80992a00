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

  const demo = { ...valid, DEMO_MODE: 'true', AUTH_URL: 'http://localhost:3000', DEMO_ACCESS_TOKEN: 'k'.repeat(32) };

  it('reads DEMO_MODE as a boolean, off by default, and refuses other words', () => {
    expect(createWebEnv(valid).DEMO_MODE).toBe(false);
    expect(createWebEnv(demo).DEMO_MODE).toBe(true);
    expect(() => createWebEnv({ ...demo, DEMO_MODE: 'yes' })).toThrow(/DEMO_MODE: must be true or false/);
  });

  it('refuses demo mode unless AUTH_URL is a localhost URL', { tags: ['security'] }, () => {
    for (const url of ['http://localhost:3300', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'https://localhost'])
      expect(createWebEnv({ ...demo, AUTH_URL: url }).DEMO_MODE, url).toBe(true);
    for (const url of [
      'https://rewards.example.com',
      'http://192.168.1.20:3000',
      'http://localhost.example.com',
      undefined,
    ])
      expect(() => createWebEnv({ ...demo, AUTH_URL: url }), String(url)).toThrow(
        /DEMO_MODE: demo mode is only for a local demo, but AUTH_URL is/,
      );
    expect(createWebEnv({ ...valid, AUTH_URL: 'https://rewards.example.com' }).DEMO_MODE).toBe(false);
  });

  it('refuses demo mode without a demo access token of at least 24 characters', { tags: ['security'] }, () => {
    expect(() => createWebEnv({ ...demo, DEMO_ACCESS_TOKEN: undefined })).toThrow(
      /DEMO_ACCESS_TOKEN: demo mode needs it/,
    );
    expect(() => createWebEnv({ ...demo, DEMO_ACCESS_TOKEN: 'short' })).toThrow(
      /DEMO_ACCESS_TOKEN: must be at least 24 characters/,
    );
  });

  it('limits sign-in emails to 5 per address and 30 per client IP in 15 minutes unless configured', () => {
    expect(createWebEnv(valid)).toMatchObject({
      SIGN_IN_LIMIT_PER_ADDRESS: 5,
      SIGN_IN_LIMIT_PER_IP: 30,
      SIGN_IN_LIMIT_WINDOW_S: 900,
    });
    expect(createWebEnv({ ...valid, SIGN_IN_LIMIT_PER_ADDRESS: '3' }).SIGN_IN_LIMIT_PER_ADDRESS).toBe(3);
    expect(() => createWebEnv({ ...valid, SIGN_IN_LIMIT_PER_IP: '0' })).toThrow(/SIGN_IN_LIMIT_PER_IP/);
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
