import { randomUUID } from 'node:crypto';

import { createSignInLimits, type SignInLimitSettings } from '@jackpot-portal/api';
import { createDb, createPgPool, type Db } from '@jackpot-portal/db';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';

import { createAuthConfig } from '~/server/auth/config';

// The raw Auth.js endpoint `POST /api/auth/signin/email`, run by the real Auth.js over the real
// schema, with the portal's configuration: what an attacker scripting it would see.

const base = 'http://localhost:3000';
const db = createDb(inject('databaseUrl'));
const pool = createPgPool(inject('databaseUrl'));
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

/** The portal's Auth.js, with the work deferred after each answer kept aside, and every query made before answering logged. */
function portal(limits: Partial<SignInLimitSettings> = {}) {
  const deferred: Array<() => Promise<void>> = [];
  const queries: string[] = [];
  const watched = db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        queries.push(`${model ?? ''}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as Db;
  const { handlers } = NextAuth(
    createAuthConfig({
      db: watched,
      env: { NODE_ENV: 'test', AUTH_SECRET: 's'.repeat(32), AUTH_URL: base, EMAIL_FROM: 'Portal <p@example.test>' },
      limits: createSignInLimits(pool, { perAddress: 5, perIp: 1000, windowSeconds: 900, ...limits }),
      defer: (task) => void deferred.push(task),
    }),
  );
  return {
    handlers,
    queries,
    /** Runs what was deferred, as Next.js does once the answer is sent. */
    async afterAnswers() {
      for (const task of deferred.splice(0)) await task();
    },
  };
}

async function askForLink(app: ReturnType<typeof portal>, email: string) {
  const csrf = await app.handlers.GET(new NextRequest(`${base}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const before = app.queries.length;
  const response = await app.handlers.POST(
    new NextRequest(`${base}/api/auth/signin/email`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.50' },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${base}/catalogue` }),
    }),
  );
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: await response.text(),
    queriesBeforeAnswer: app.queries.slice(before),
  };
}

const createUser = (overrides: { disabled?: boolean } = {}) =>
  db.user.create({ data: { email: `user-${randomUUID()}@example.test`, name: 'Test User', ...overrides } });
const outbox = (email: string) => db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
const tokens = (email: string) => db.verificationToken.count({ where: { identifier: email } });

describe('POST /api/auth/signin/email', { tags: ['security'] }, () => {
  it('answers a known, an unknown and a disabled address alike, after the same queries, before sending anything', async () => {
    const app = portal();
    const known = await createUser();
    const disabled = await createUser({ disabled: true });
    const unknown = `nobody-${randomUUID()}@example.test`;

    const answers = [];
    for (const email of [known.email, unknown, disabled.email]) answers.push(await askForLink(app, email));
    for (const answer of answers) {
      expect({ ...answer, queriesBeforeAnswer: undefined }).toEqual({
        status: 302,
        location: `${base}/api/auth/verify-request?provider=email&type=email`,
        body: answers[0]!.body,
        queriesBeforeAnswer: undefined,
      });
      // The same work before answering, whoever asks: no timing tells the addresses apart.
      expect(answer.queriesBeforeAnswer).toEqual(answers[0]!.queriesBeforeAnswer);
    }
    expect(await outbox(known.email)).toEqual([]);
    expect(await tokens(known.email)).toBe(0);

    await app.afterAnswers();
    expect(await outbox(known.email)).toHaveLength(1);
    expect(await tokens(known.email)).toBe(1);
    expect(await outbox(unknown)).toEqual([]);
    expect(await outbox(disabled.email)).toEqual([]);
    expect(await tokens(unknown)).toBe(0);
    expect(await tokens(disabled.email)).toBe(0);
  });

  it('sends at most the limit to one address, keeps only the newest link alive, and that link signs in', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = portal({ perAddress: 3 });
    const user = await createUser();
    const answers = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      answers.push(await askForLink(app, user.email));
      await app.afterAnswers();
    }
    expect(new Set(answers.map((answer) => `${answer.status} ${answer.location}`)).size).toBe(1);
    const emails = await outbox(user.email);
    expect(emails).toHaveLength(3);
    expect(await tokens(user.email)).toBe(1);
    expect(warn).toHaveBeenCalledTimes(5);
    expect(warn.mock.calls[0]![0]).toMatch(/over its limit was dropped \(client 203\.0\.113\.50\)/);

    const open = (link: string) => app.handlers.GET(new NextRequest(link));
    const older = await open(emails[1]!.link!);
    expect(older.headers.get('location')).toContain('error=Verification');
    const newest = await open(emails[2]!.link!);
    expect(newest.headers.get('location')).toBe(`${base}/catalogue`);
    expect(newest.headers.getSetCookie().some((line) => line.startsWith('authjs.session-token='))).toBe(true);
    expect(await tokens(user.email)).toBe(0);
    vi.restoreAllMocks();
  });
});
