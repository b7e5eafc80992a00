import 'server-only';

import { env } from '~/env';
import { db } from '~/server/db';

import { sessionCookie } from './policy';
import { createSessionReader } from './session-reader';

/** The caller of an HTTP API request (tRPC's route), from the session cookie Auth.js set. */
export const readApiSessionUser = createSessionReader({
  db,
  cookieName: sessionCookie(env.AUTH_URL, env.NODE_ENV).name,
});
