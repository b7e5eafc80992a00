import 'server-only';

import { AsyncLocalStorage } from 'node:async_hooks';

import { databaseUnavailableError, isDatabaseUnavailable, type SessionUser } from '@jackpot-portal/api';
import NextAuth from 'next-auth';
import { after } from 'next/server';
import { cache } from 'react';

import { DATABASE_UNAVAILABLE_DIGEST } from '~/lib/service-unavailable';
import { env } from '~/env';
import { db } from '~/server/db';
import { signInLimits } from '~/server/sign-in-limits';

import { createAuthConfig } from './config';

// The session read of the current auth() call, so that a failure Auth.js swallows still counts.
const sessionRead = new AsyncLocalStorage<{ failure?: unknown }>();

export const { handlers, auth, signIn, signOut } = NextAuth(
  createAuthConfig({
    db,
    env,
    limits: signInLimits,
    defer: (task) => after(task),
    onSessionReadError(error) {
      const attempt = sessionRead.getStore();
      if (attempt) attempt.failure = error;
    },
  }),
);

export type PortalUser = SessionUser & { locale: string };

/**
 * The signed-in user of this request, or null; one session lookup per request. A session that
 * could not be read is not "signed out": an unreachable database throws DATABASE_UNAVAILABLE
 * (503 for tRPC; pages show "try again in a moment", its digest tells error.tsx), any other
 * failure is thrown as it is.
 */
export const currentUser = cache(async (): Promise<PortalUser | null> => {
  const attempt: { failure?: unknown } = {};
  const session = await sessionRead.run(attempt, () => auth());
  if (attempt.failure !== undefined) {
    if (!isDatabaseUnavailable(attempt.failure)) throw attempt.failure;
    throw Object.assign(databaseUnavailableError(attempt.failure), { digest: DATABASE_UNAVAILABLE_DIGEST });
  }
  const user = session?.user as Partial<PortalUser> | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role, locale: user.locale ?? 'fr' };
});
