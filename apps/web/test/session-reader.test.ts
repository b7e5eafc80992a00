import { randomUUID } from 'node:crypto';

import { AppError } from '@jackpot-portal/api';
import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { cookieValue, createSessionReader } from '~/server/auth/session-reader';

// The API's session reader against the real schema: the cookie Auth.js set, its row, its user.
const db = createDb(inject('databaseUrl'));
// Nothing listens there: every query fails as it does while PostgreSQL restarts.
const unreachable = createDb('postgresql://postgres:postgres@127.0.0.1:9/jackpot');
afterAll(() => Promise.all([db.$disconnect(), unreachable.$disconnect()]));

const cookieName = 'authjs.session-token';
const readSessionUser = createSessionReader({ db, cookieName });
const withCookie = (token: string) => new Headers({ cookie: `theme=dark; ${cookieName}=${token}; other=1` });

async function session(options: { disabled?: boolean; expiresInMs?: number } = {}) {
  const user = await db.user.create({
    data: { email: `reader-${randomUUID()}@example.test`, name: 'Ada', disabled: options.disabled ?? false },
  });
  const { sessionToken } = await db.session.create({
    data: {
      sessionToken: randomUUID(),
      userId: user.id,
      expires: new Date(Date.now() + (options.expiresInMs ?? 60_000)),
    },
  });
  return { user, sessionToken };
}

describe('the API session reader', () => {
  it('finds the user of a valid session cookie', async () => {
    const { user, sessionToken } = await session();
    expect(await readSessionUser(withCookie(sessionToken))).toEqual({
      id: user.id,
      email: user.email,
      name: 'Ada',
      role: 'EMPLOYEE',
    });
  });

  it('answers "signed out" for no cookie, an unknown or expired session, or a disabled user', async () => {
    expect(await readSessionUser(new Headers())).toBeNull();
    expect(await readSessionUser(withCookie(randomUUID()))).toBeNull();
    expect(await readSessionUser(withCookie((await session({ expiresInMs: -1_000 })).sessionToken))).toBeNull();
    expect(await readSessionUser(withCookie((await session({ disabled: true })).sessionToken))).toBeNull();
  });

  it('signs a user out on the very next call once their account is disabled', async () => {
    const { user, sessionToken } = await session();
    expect(await readSessionUser(withCookie(sessionToken))).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await readSessionUser(withCookie(sessionToken))).toBeNull();
  });

  it('answers DATABASE_UNAVAILABLE, not "signed out", when the database cannot be reached', async () => {
    const read = createSessionReader({ db: unreachable, cookieName });
    const failure = await read(withCookie('some-session')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('DATABASE_UNAVAILABLE');
  });

  it('reads one cookie of a Cookie header', () => {
    expect(cookieValue('a=1; authjs.session-token=abc%3D; b=2', cookieName)).toBe('abc=');
    expect(cookieValue('xauthjs.session-token=abc', cookieName)).toBeNull();
    expect(cookieValue(null, cookieName)).toBeNull();
  });
});
