import type { Db } from '@jackpot-portal/db';
import type { Adapter } from 'next-auth/adapters';
import { describe, expect, it, vi } from 'vitest';

import { checkEmailPath, createAuthConfig } from './config';

// Only the queries the callbacks make, answered from a fixed list of users. (Sessions are read
// in SQL: packages/db/test/sessions.test.ts.)
function fakeDb(users: Array<{ email: string; disabled: boolean }>) {
  const byEmail = (email: string) => users.find((user) => user.email === email) ?? null;
  return {
    user: { findUnique: vi.fn(async ({ where }: { where: { email: string } }) => byEmail(where.email)) },
    account: { findUnique: vi.fn(async () => null) },
  } as unknown as Db;
}

const env = { NODE_ENV: 'test', AUTH_SECRET: 'x'.repeat(32), EMAIL_FROM: 'Portal <portal@example.test>' };
const users = [
  { email: 'active@acme.example', disabled: false },
  { email: 'gone@acme.example', disabled: true },
];

function signInCallback(db: Db) {
  const signIn = createAuthConfig({ db, env }).callbacks?.signIn;
  if (!signIn) throw new Error('no signIn callback');
  return (email: string, verificationRequest: boolean) =>
    signIn({
      user: { id: 'x', email },
      account: { provider: 'email', type: 'email', providerAccountId: email },
      email: { verificationRequest },
    });
}

describe('Auth.js configuration', () => {
  it('sends a link to an enabled user, and shows the same check-email page for an unknown or disabled one', async () => {
    const signIn = signInCallback(fakeDb(users));
    await expect(signIn('active@acme.example', true)).resolves.toBe(true);
    await expect(signIn('stranger@acme.example', true)).resolves.toBe(checkEmailPath);
    await expect(signIn('gone@acme.example', true)).resolves.toBe(checkEmailPath);
    await expect(signIn('gone@acme.example', false)).resolves.toBe(false);
  });

  it('never creates a user from a sign-in', async () => {
    const adapter = createAuthConfig({ db: fakeDb(users), env }).adapter as Adapter;
    expect(() => adapter.createUser?.({ id: 'new', email: 'stranger@acme.example', emailVerified: null })).toThrow(
      /created by administrators/,
    );
  });

  it('uses database sessions and a plain cookie name over http', () => {
    const config = createAuthConfig({ db: fakeDb(users), env: { ...env, AUTH_URL: 'http://localhost:3000' } });
    expect(config.session?.strategy).toBe('database');
    expect(config.cookies?.sessionToken?.name).toBe('authjs.session-token');
    expect(
      createAuthConfig({ db: fakeDb(users), env: { ...env, AUTH_URL: 'https://rewards.example.com' } }).cookies
        ?.sessionToken?.name,
    ).toBe('__Host-authjs.session-token');
  });
});
