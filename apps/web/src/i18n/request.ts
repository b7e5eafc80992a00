import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { isLocale, localeCookie, negotiateLocale } from './locales';

// No locale in the URL: the choice is a cookie, and the browser's languages before that.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: 'Europe/Paris',
  };
});
