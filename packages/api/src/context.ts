import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import type { JobSender } from './queue/enqueue-job';

/**
 * How the web app makes and sends a sign-in link for an admin's invitation (the invitation is the
 * sign-in email); `inviteEmployees` takes it as its mailer.
 */
export interface InvitationMailer {
  limits: { consumeAddress(email: string): Promise<boolean> };
  /** A fresh link for the address: its URL, and its token as Auth.js stores it. */
  newLink(email: string): { url: string; tokenHash: string; expires: Date };
  send(recipient: { email: string; name: string | null; locale: string }, url: string): Promise<void>;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
}

/**
 * What every procedure receives: the database, the Jackpot client (server-side credentials),
 * and the caller once auth has identified them.
 */
export interface ApiContext {
  db: Db;
  jackpot: JackpotClient;
  /** The job queue; unset where no jobs run (then the reconciliation job catches up). */
  boss?: JobSender;
  /** pg-boss's schema when it is not the portal's default (`pgboss`): tests run theirs apart. */
  jobsSchema?: string;
  user: SessionUser | null;
  /**
   * True when `user` was read from the database, with its session, for this very request (the
   * web app reads both in one query on every request, and a disabled user has no session). Otherwise
   * (a caller holding an older copy) every protected procedure reads the user again.
   */
  userReadForThisRequest?: boolean;
  headers: Headers;
  /** The client's address as the web app's front server saw it (for the audit trail); unset in scripts. */
  clientIp?: string | null;
  /**
   * Whether this request may see demo mode's accounts and outbox: the web app decides (demo mode
   * on, and the demo access cookie of the `npm start` link). Unset means no.
   */
  demoAccess?: boolean;
  /** Makes and sends sign-in links for admins' invitations (the web app); unset: accounts only. */
  invitations?: InvitationMailer;
}
