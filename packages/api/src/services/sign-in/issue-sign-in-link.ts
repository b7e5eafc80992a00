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
  limits: SignInLimits;
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
  await deps.db.$transaction([
    deps.db.verificationToken.deleteMany({ where: { identifier: request.email } }),
    deps.db.verificationToken.create({
      data: { identifier: request.email, token: request.tokenHash, expires: request.expires },
    }),
  ]);
  await deps.sendLink({ email: user.email, name: user.name, locale: user.locale }, request.url);
  return 'sent';
}
