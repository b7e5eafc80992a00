import 'server-only';

import type { SessionUser } from '@jackpot-portal/api';
import NextAuth from 'next-auth';
import { after } from 'next/server';
import { cache } from 'react';

import { env } from '~/env';
import { db } from '~/server/db';
import { signInLimits } from '~/server/sign-in-limits';

import { createAuthConfig } from './config';

export const { handlers, auth, signIn, signOut } = NextAuth(
  createAuthConfig({ db, env, limits: signInLimits, defer: (task) => after(task) }),
);

export type PortalUser = SessionUser & { locale: string };

/** The signed-in user of this request, or null; one session lookup per request. */
export const currentUser = cache(async (): Promise<PortalUser | null> => {
  const user = (await auth())?.user as Partial<PortalUser> | undefined;
  if (!user?.id || !user.email || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role, locale: user.locale ?? 'fr' };
});
