'use server';

import { cookies } from 'next/headers';

import { currentUser } from '~/server/auth';
import { serverCaller } from '~/trpc/server';

import { isLocale, localeCookie } from './locales';

/** The language switcher: a cookie for this browser, and the profile of a signed-in user (every device). */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  if (await currentUser()) await (await serverCaller()).me.setLocale({ locale });
}
