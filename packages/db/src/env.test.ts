import { describe, expect, it } from 'vitest';

import { readDbEnv, requireDatabaseUrl } from './env';

describe('database environment', () => {
  it('names the variable when DATABASE_URL is not a postgres URL', () => {
    expect(() => readDbEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it('treats an empty DATABASE_URL as unset (embedded Postgres) with a default port', () => {
    expect(readDbEnv({ DATABASE_URL: '' })).toMatchObject({ DATABASE_URL: undefined, EMBEDDED_POSTGRES_PORT: 5433 });
  });

  it('names the variable when the embedded port is malformed', () => {
    expect(() => readDbEnv({ EMBEDDED_POSTGRES_PORT: 'abc' })).toThrow(/EMBEDDED_POSTGRES_PORT/);
  });

  it('explains how to get a database when one is required and missing', () => {
    expect(() => requireDatabaseUrl({})).toThrow(/DATABASE_URL is not set/);
  });
});
