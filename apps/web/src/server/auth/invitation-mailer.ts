import 'server-only';

import { randomBytes } from 'node:crypto';

import { type InvitationMailer, sendEmail, smtpSettings } from '@jackpot-portal/api';

import { env } from '~/env';
import { db } from '~/server/db';
import { signInLimits } from '~/server/sign-in-limits';

import { verificationTokenHash } from './config';
import { emailProviderId, signInLinkMaxAgeSeconds } from './providers';
import { signInEmail } from './sign-in-email';

/**
 * An admin's invitation is the sign-in email: a link Auth.js's email provider accepts (the same
 * callback URL and token digest it makes itself, @auth/core lib/actions/signin/send-token.js),
 * counted against the address's sign-in limit. The base URL is AUTH_URL, else the request's origin.
 */
export function invitationMailer(headers: Headers): InvitationMailer {
  const origin =
    env.AUTH_URL ??
    `${headers.get('x-forwarded-proto') ?? 'http'}://${headers.get('x-forwarded-host') ?? headers.get('host')}`;
  const base = new URL(origin).origin;
  return {
    limits: signInLimits,
    newLink(email) {
      const token = randomBytes(32).toString('hex');
      const params = new URLSearchParams({ callbackUrl: `${base}/catalogue`, token, email });
      return {
        url: `${base}/api/auth/callback/${emailProviderId}?${params}`,
        tokenHash: verificationTokenHash(token, env.AUTH_SECRET),
        expires: new Date(Date.now() + signInLinkMaxAgeSeconds * 1000),
      };
    },
    async send(recipient, url) {
      await sendEmail(
        { db, smtp: smtpSettings(env) },
        signInEmail({ to: recipient.email, url, name: recipient.name, locale: recipient.locale }),
      );
    },
  };
}
