import type { DbClient } from '../client';
import type { Session, User } from '../generated/prisma/client';

/**
 * A sign-in session with its user, in one query (an `include` would send two), or null when
 * there is no such session or its user is disabled: a disabled user is signed out everywhere.
 */
export async function findActiveSessionWithUser(
  db: DbClient,
  sessionToken: string,
): Promise<{ session: Session; user: User } | null> {
  const rows = await db.$queryRaw<Array<User & { sessionToken: string; expires: Date; sessionCreatedAt: Date }>>`
    SELECT s."sessionToken", s.expires, s."createdAt" AS "sessionCreatedAt", u.*
    FROM sessions s JOIN users u ON u.id = s."userId"
    WHERE s."sessionToken" = ${sessionToken} AND NOT u.disabled`;
  const row = rows[0];
  if (!row) return null;
  const { sessionToken: token, expires, sessionCreatedAt, ...user } = row;
  return { session: { sessionToken: token, userId: user.id, expires, createdAt: sessionCreatedAt }, user };
}

/** The signed-in user of a session, as a request needs them: who they are and what they may do. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: User['role'];
  locale: string;
}

/**
 * The user of a session that has not expired, or null: no such session, an expired one, or a
 * disabled user — the rules of Auth.js's database sessions (which compares `expires` with the
 * clock the same way), read with the adapter's own query, without the renewal pages do.
 */
export async function findSignedInUser(db: DbClient, sessionToken: string): Promise<SignedInUser | null> {
  const found = await findActiveSessionWithUser(db, sessionToken);
  if (!found || found.session.expires.getTime() <= Date.now()) return null;
  const { id, email, name, role, locale } = found.user;
  return { id, email, name, role, locale };
}
