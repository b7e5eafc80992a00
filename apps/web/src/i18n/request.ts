import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { currentUser } from '~/server/auth';

import { isLocale, localeCookie, negotiateLocale } from './locales';

// No locale in the URL: a signed-in user's saved language (the same on every device, and in their
// emails); else this browser's choice (a cookie), else the browser's languages.
export default getRequestConfig(async () => {
  const saved = (await currentUser())?.locale;
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(saved)
    ? saved
    : isLocale(chosen)
      ? chosen
      : negotiateLocale((await headers()).get('accept-language'));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: 'Europe/Paris',
  };
});
