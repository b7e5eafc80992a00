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
 * The user of a session that has not expired, in one query, or null: no such session, an expired
 * one, or a disabled user. The rules of Auth.js's database sessions (an expired session is no
 * session; the portal's adapter hides a disabled user's), without their renewal, which pages do.
 * `expires` is stored as UTC without a time zone, hence the comparison with the UTC clock.
 */
export async function findSignedInUser(db: DbClient, sessionToken: string): Promise<SignedInUser | null> {
  const rows = await db.$queryRaw<SignedInUser[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.locale
    FROM sessions s JOIN users u ON u.id = s."userId"
    WHERE s."sessionToken" = ${sessionToken} AND s.expires >= (now() AT TIME ZONE 'UTC') AND NOT u.disabled`;
  return rows[0] ?? null;
}
