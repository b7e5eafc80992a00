import type { Db } from '@jackpot-portal/db';
import type { Adapter } from 'next-auth/adapters';
import { describe, expect, it, vi } from 'vitest';

import { createAuthConfig, verificationTokenHash } from './config';

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
const limits = { consume: async () => true };
const deps = (db: Db, overrides: Partial<typeof env> & { AUTH_URL?: string } = {}) => ({
  db,
  env: { ...env, ...overrides },
  limits,
  defer: () => {},
});
const users = [
  { email: 'active@acme.example', disabled: false },
  { email: 'gone@acme.example', disabled: true },
];

function signInCallback(db: Db) {
  const signIn = createAuthConfig(deps(db)).callbacks?.signIn;
  if (!signIn) throw new Error('no signIn callback');
  return (email: string, verificationRequest: boolean) =>
    signIn({
      user: { id: 'x', email },
      account: { provider: 'email', type: 'email', providerAccountId: email },
      email: { verificationRequest },
    });
}

describe('Auth.js configuration', { tags: ['security'] }, () => {
  it('answers every request for a link the same, without looking the address up', async () => {
    const db = fakeDb(users);
    const signIn = signInCallback(db);
    for (const email of ['active@acme.example', 'stranger@acme.example', 'gone@acme.example'])
      await expect(signIn(email, true)).resolves.toBe(true);
    expect(db.user.findUnique).not.toHaveBeenCalled();
  });

  it('signs in through a link an enabled user only', async () => {
    const signIn = signInCallback(fakeDb(users));
    await expect(signIn('active@acme.example', false)).resolves.toBe(true);
    await expect(signIn('gone@acme.example', false)).resolves.toBe(false);
    await expect(signIn('stranger@acme.example', false)).resolves.toBe(false);
  });

  it('never lets Auth.js store a verification token itself (issueSignInLink does, after answering)', async () => {
    const adapter = createAuthConfig(deps(fakeDb(users))).adapter as Adapter;
    const token = { identifier: 'active@acme.example', token: 'digest', expires: new Date() };
    await expect(adapter.createVerificationToken?.(token)).resolves.toEqual(token);
  });

  it('stores the digest Auth.js looks the link up by: SHA-256 of token and secret, in hex', () => {
    expect(verificationTokenHash('abc', 'secret')).toBe(
      'a42178b773273f5c9f24387fbea546af537d08b8c06b23631e44878b9ce47f49',
    );
  });

  it('never creates a user from a sign-in', async () => {
    const adapter = createAuthConfig(deps(fakeDb(users))).adapter as Adapter;
    expect(() => adapter.createUser?.({ id: 'new', email: 'stranger@acme.example', emailVerified: null })).toThrow(
      /created by administrators/,
    );
  });

  it('uses database sessions and a plain cookie name over http', () => {
    const config = createAuthConfig(deps(fakeDb(users), { AUTH_URL: 'http://localhost:3000' }));
    expect(config.session?.strategy).toBe('database');
    expect(config.cookies?.sessionToken?.name).toBe('authjs.session-token');
    expect(
      createAuthConfig(deps(fakeDb(users), { AUTH_URL: 'https://rewards.example.com' })).cookies?.sessionToken?.name,
    ).toBe('__Host-authjs.session-token');
  });
});
