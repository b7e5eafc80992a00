import 'server-only';

import { AppError, type ApiContext, type SessionUser, toTRPCError } from '@jackpot-portal/api';

import { currentUser } from './auth';
import { invitationMailer } from './auth/invitation-mailer';
import { getBoss } from './boss';
import { db } from './db';
import { hasDemoAccess } from './demo-access';
import { jackpot } from './jackpot';
import { clientIp } from './security/client-ip';

/**
 * `readUser` finds the caller: by default the page's currentUser() (Auth.js, read once per page
 * render); tRPC's HTTP route passes readApiSessionUser (auth/api-session.ts), which reads the
 * session cookie and its row directly.
 */
export async function createContext(
  headers: Headers,
  readUser: () => Promise<SessionUser | null> = currentUser,
): Promise<ApiContext> {
  // One session read per request, with its user (a disabled user has none), so the procedures
  // need not read the user again.
  // A session that could not be read (the database is down) answers 503, never "please sign in".
  const user = await readUser().catch((error: unknown) => {
    throw error instanceof AppError ? toTRPCError(error) : error;
  });
  return {
    db,
    jackpot,
    boss: getBoss(),
    user: user && { id: user.id, email: user.email, name: user.name, role: user.role },
    userReadForThisRequest: true,
    headers,
    clientIp: clientIp(headers),
    demoAccess: await hasDemoAccess(),
    invitations: invitationMailer(headers),
  };
}
