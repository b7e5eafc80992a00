'use server';

import { redirect } from 'next/navigation';

import { hasDemoAccess } from '~/server/demo-access';

import { checkEmailPath } from './config';
import { signIn, signOut } from './index';
import { safeCallbackPath } from './policy';
import { emailProviderId, oidcProviderId } from './providers';

/** The sign-in form and the demo buttons: sends a link (or pretends to) and shows check-email. */
export async function requestSignInLink(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim();
  const redirectTo = safeCallbackPath(formData.get('callbackUrl')?.toString());
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
