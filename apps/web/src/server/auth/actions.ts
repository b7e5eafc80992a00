'use server';

import { smtpSettings } from '@jackpot-portal/api';
import { redirect } from 'next/navigation';

import { env } from '~/env';
import { hasDemoAccess } from '~/server/demo-access';
import { createEmailHealth, type EmailHealth } from '~/server/email-health';

import { checkEmailPath, signInPath } from './config';
import { signIn, signOut } from './index';
import { safeCallbackPath } from './policy';
import { emailProviderId, oidcProviderId } from './providers';

// Made at the first sign-in: `next build` loads this module without the runtime configuration.
let emailHealth: EmailHealth | null = null;

/** The sign-in form and the demo buttons: sends a link (or pretends to) and shows check-email. */
export async function requestSignInLink(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim();
  const redirectTo = safeCallbackPath(formData.get('callbackUrl')?.toString());
  // Asked before the answer and the same for every address: see server/email-health.ts.
  emailHealth ??= createEmailHealth(smtpSettings(env));
  if (!(await emailHealth.reachable()))
    redirect(`${signInPath}?${new URLSearchParams({ error: 'EmailUnavailable', callbackUrl: redirectTo })}`);
  const target = new URL(
    await signIn(emailProviderId, { email, redirectTo, redirect: false }),
    'http://portal.invalid',
  );
  // Every address ends on Auth.js's verify-request route (the link, if any, is sent after the
  // answer): the check-email page. Errors go back to /signin.
  if (!target.pathname.endsWith('/verify-request')) redirect(target.pathname + target.search);
  // For the demo's owner the page points at the outbox, filtered to this address.
  redirect(
    (await hasDemoAccess()) ? `${checkEmailPath}?${new URLSearchParams({ to: email.toLowerCase() })}` : checkEmailPath,
  );
}

export async function signInWithOidc(formData: FormData) {
  await signIn(oidcProviderId, { redirectTo: safeCallbackPath(formData.get('callbackUrl')?.toString()) });
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}
