import { type NextRequest, NextResponse } from 'next/server';

import { isLocale, type Locale, localeCookie, negotiateLocale } from '~/i18n/locales';
import { DATABASE_UNAVAILABLE_DIGEST } from '~/lib/service-unavailable';

import en from '../../messages/en.json';
import fr from '../../messages/fr.json';

/** How long a browser or a load balancer is asked to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER_S = 5;

const texts: Record<Locale, typeof en.errorPage> = { en: en.errorPage, fr: fr.errorPage };

/**
 * The page the proxy answers while the database cannot be reached: 503 with Retry-After and
 * the texts of error.tsx's "back in a moment", in the visitor's language (the saved one needs
 * the database: the cookie, else the browser's). No script; its one style carries the page's
 * CSP nonce. "Try again" reloads the same address, so nobody is sent elsewhere.
 */
export function unavailablePage(request: NextRequest, nonce: string): NextResponse {
  const chosen = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'));
  const t = texts[locale];
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.unavailableTitle}</title>
<style nonce="${nonce}">
body{margin:0;font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:32rem;margin:4rem auto;padding:2.5rem;background:#fff;border:1px solid #ffe4e6;border-radius:1.5rem;text-align:center}
h1{font-size:1.875rem;margin:0 0 .75rem}
p{color:#334155;line-height:1.5}
a{display:inline-block;margin-top:1.5rem;padding:.75rem 1.25rem;border-radius:.75rem;background:#4338ca;color:#fff;font-weight:600;text-decoration:none}
a:focus-visible{outline:3px solid #1e1b4b;outline-offset:2px}
</style>
</head>
<body>
<main id="main" data-error="${DATABASE_UNAVAILABLE_DIGEST}">
<h1>${t.unavailableTitle}</h1>
<p>${t.unavailableLead}</p>
<a href="">${t.retry}</a>
</main>
</body>
</html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(UNAVAILABLE_RETRY_AFTER_S),
    },
  });
}
