import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { afterAll, bench, beforeAll, describe, inject } from 'vitest';

import { createAuthConfig } from '~/server/auth/config';
import { createSessionReader } from '~/server/auth/session-reader';

// What one tRPC call paid to learn who calls it, before and after: Auth.js's whole pipeline
// (what auth() runs: the request, cookies, the adapter's session read, callbacks, the renewed
// cookie), against the API's session reader (the cookie and one query), one after the other in one
// process against one real database. Prints figures; not a test:
// `pnpm exec vitest bench --project web --run apps/web/test/session-read.bench.ts`.

const db = createDb(inject('databaseUrl'));
const base = 'http://localhost:3000';
const cookieName = 'authjs.session-token';
let token = '';

const { handlers } = NextAuth(
  createAuthConfig({
    db,
    env: { NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(32), AUTH_URL: base, EMAIL_FROM: 'Portal <p@example.test>' },
    limits: { consume: async () => true },
    defer: () => {},
  }),
);
const readSessionUser = createSessionReader({ db, cookieName });

beforeAll(async () => {
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.test` } });
  token = randomUUID();
  await db.session.create({
    data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
  });
});
afterAll(() => db.$disconnect());

describe('who calls: one request', () => {
  const options = { time: 3_000, warmupTime: 500 };
  bench(
    'Auth.js session pipeline (auth())',
    async () => {
      const response = await handlers.GET(
        new NextRequest(`${base}/api/auth/session`, { headers: { cookie: `${cookieName}=${token}` } }),
      );
      if (!(await response.json())?.user) throw new Error('no session');
    },
    options,
  );

  bench(
    'API session reader (cookie + one query)',
    async () => {
      if (!(await readSessionUser(new Headers({ cookie: `${cookieName}=${token}` })))) throw new Error('no session');
    },
    options,
  );
});
