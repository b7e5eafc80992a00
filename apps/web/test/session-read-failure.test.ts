import { isDatabaseUnavailable } from '@jackpot-portal/api';
import { createDb } from '@jackpot-portal/db';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { createAuthConfig } from '~/server/auth/config';

// Auth.js catches an adapter's error while reading a session, logs it and answers "no
// session": with the database down, every signed-in user looked signed out (401 from tRPC,
// pages bounced to /signin). The portal's adapter reports the failure first, so that
// currentUser() answers DATABASE_UNAVAILABLE instead.

const base = 'http://localhost:3000';
// Nothing listens there: every query fails as it does while PostgreSQL restarts.
const unreachable = createDb('postgresql://postgres:postgres@127.0.0.1:9/jackpot');
afterAll(() => unreachable.$disconnect());

describe('reading a session while the database is down', () => {
  it('reports the connection failure that Auth.js swallows', async () => {
    const onSessionReadError = vi.fn();
    const { handlers } = NextAuth(
      createAuthConfig({
        db: unreachable,
        env: { NODE_ENV: 'test', AUTH_SECRET: 's'.repeat(32), AUTH_URL: base, EMAIL_FROM: 'Portal <p@example.test>' },
        limits: { consume: async () => true },
        defer: () => {},
        onSessionReadError,
      }),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handlers.GET(
      new NextRequest(`${base}/api/auth/session`, { headers: { cookie: 'authjs.session-token=some-session' } }),
    );
    // What Auth.js itself answers: no session, as if signed out.
    expect(await response.json()).toBeNull();
    expect(onSessionReadError).toHaveBeenCalledOnce();
    expect(isDatabaseUnavailable(onSessionReadError.mock.calls[0]![0])).toBe(true);
  });
});
