import { databaseUnavailableError, isDatabaseUnavailable, type SessionUser } from '@jackpot-portal/api';
import { type Db, findSignedInUser } from '@jackpot-portal/db';

/** The value of one cookie in a Cookie header, or null. */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      const value = pair.slice(separator + 1).trim();
      return value ? decodeURIComponent(value) : null;
    }
  }
  return null;
}

/**
 * Who calls the API: the session cookie Auth.js set and its row with the user, in one query, on
 * every call (so signing out, an expired session or a disabled account stops the very next call).
 * It applies Auth.js's rules for database sessions (findSignedInUser in @jackpot-portal/db) without
 * running Auth.js's whole request pipeline per API call; Auth.js still signs users in and renews
 * their sessions, on pages. An unreachable database throws DATABASE_UNAVAILABLE (503), never
 * "please sign in"; any other failure is thrown as it is.
 */
export function createSessionReader(deps: { db: Db; cookieName: string }) {
  return async function readSessionUser(headers: Headers): Promise<SessionUser | null> {
    const token = cookieValue(headers.get('cookie'), deps.cookieName);
    if (!token) return null;
    try {
      const user = await findSignedInUser(deps.db, token);
      return user && { id: user.id, email: user.email, name: user.name, role: user.role };
    } catch (error) {
      throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
    }
  };
}
