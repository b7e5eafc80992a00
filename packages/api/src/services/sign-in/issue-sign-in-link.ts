import type { Db } from '@jackpot-portal/db';

import type { SignInLimits } from './sign-in-limits';

export interface SignInLinkRequest {
  /** The address asked for, as Auth.js normalized it (lowercase). */
  email: string;
  /** The verification token as Auth.js stores and later looks it up (its hash, never the link's token). */
  tokenHash: string;
  expires: Date;
  /** The sign-in link itself, for the email. */
  url: string;
  clientIp: string | null;
}

export interface SignInLinkRecipient {
  email: string;
  name: string | null;
  locale: string;
}

export interface IssueSignInLinkDeps {
  db: Db;
  limits: Pick<SignInLimits, 'consume'>;
  /** Sends the email carrying `url` (the web app writes it in the user's language). */
  sendLink(recipient: SignInLinkRecipient, url: string): Promise<void>;
}

export type SignInLinkOutcome = 'sent' | 'limited' | 'no-account';

/**
 * The work behind "email me a sign-in link", done after the request has been answered the same
 * for every address (so neither the answer nor its timing tells which addresses have an
 * account). Within the limits, and only for an existing, enabled user (accounts are provisioned:
 * nobody else gets a link): revokes the address's older unused links, stores the new one, sends
 * the email.
 */
export async function issueSignInLink(
  deps: IssueSignInLinkDeps,
  request: SignInLinkRequest,
): Promise<SignInLinkOutcome> {
  if (!(await deps.limits.consume({ email: request.email, clientIp: request.clientIp }))) return 'limited';
  const user = await deps.db.user.findUnique({
    where: { email: request.email },
    select: { email: true, name: true, locale: true, disabled: true },
  });
  if (!user || user.disabled) return 'no-account';
  await storeSignInLink(deps.db, request);
  await deps.sendLink({ email: user.email, name: user.name, locale: user.locale }, request.url);
  return 'sent';
}

/** Stores a sign-in link's token for the address, revoking its older unused ones (sign-in and invitations). */
export async function storeSignInLink(db: Db, link: { email: string; tokenHash: string; expires: Date }) {
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: link.email } }),
    db.verificationToken.create({ data: { identifier: link.email, token: link.tokenHash, expires: link.expires } }),
  ]);
}
