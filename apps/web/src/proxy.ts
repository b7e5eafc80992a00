import { type NextRequest, NextResponse } from 'next/server';

import { env } from './env';
import { requestPathHeader, servedOverHttps } from './server/auth/policy';
import { createDatabaseHealth } from './server/database-health';
import { demoAccessCookie, demoAccessParam, demoTokenMatches } from './server/demo-access';
import { isCrossSiteWrite } from './server/security/cross-site-request';
import { apiPolicy, createNonce, pagePolicy, strictTransportSecurity } from './server/security/headers';
import { unavailablePage } from './server/unavailable-page';

const https = servedOverHttps(env.AUTH_URL, env.NODE_ENV);
const jackpotOrigin = new URL(env.JACKPOT_API_URL).origin;
const signInOrigins = env.AUTH_OIDC_ISSUER ? [new URL(env.AUTH_OIDC_ISSUER).origin] : [];
const databaseHealth = createDatabaseHealth(env.DATABASE_URL);

/**
 * Runs before every page and API route but the webhook (see `config`), on the server:
 * 1. refuses a state-changing request another site started (403);
 * 2. turns the demo access link of the `npm start` banner into a cookie;
 * 3. gives each page a Content-Security-Policy with a fresh nonce (Next.js reads it from the
 *    request's header and puts it on its scripts), API answers a policy that runs nothing, and
 *    both HSTS over https;
 * 4. tells server components which URL was asked for (layouts do not receive it), so the portal
 *    layout can send a signed-out visitor to /signin?callbackUrl=<that URL>;
 * 5. answers a page 503 "back in a moment" while the database cannot be reached (a render that
 *    fails can only answer 500; tRPC answers its own 503).
 * The session check itself happens in the layouts and procedures, on the server.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const api = pathname.startsWith('/api/');
  const origin = env.AUTH_URL ? new URL(env.AUTH_URL).origin : request.nextUrl.origin;
  const crossSite = isCrossSiteWrite(
    {
      method: request.method,
      pathname,
      origin: request.headers.get('origin'),
      secFetchSite: request.headers.get('sec-fetch-site'),
    },
    origin,
  );
  if (crossSite)
    return secured(NextResponse.json({ error: 'Cross-site request refused.' }, { status: 403 }), apiPolicy);

  if (env.DEMO_MODE && !api && searchParams.has(demoAccessParam)) {
    const presented = searchParams.get(demoAccessParam);
    const target = request.nextUrl.clone();
    target.searchParams.delete(demoAccessParam);
    // The token leaves the address bar (and history) at once; a wrong one is simply dropped.
    const response = NextResponse.redirect(target, 303);
    if (demoTokenMatches(env.DEMO_ACCESS_TOKEN, presented))
      response.cookies.set(demoAccessCookie, presented!, { httpOnly: true, sameSite: 'lax', path: '/', secure: https });
    return secured(response, apiPolicy);
  }

  if (api) return secured(NextResponse.next(), apiPolicy);

  const nonce = createNonce();
  const policy = pagePolicy({
    nonce,
    development: env.NODE_ENV === 'development',
    https,
    jackpotOrigin,
    signInOrigins,
  });
  if (!(await databaseHealth.reachable())) return secured(unavailablePage(request, nonce), policy);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  headers.set(requestPathHeader, pathname + request.nextUrl.search);
  return secured(NextResponse.next({ request: { headers } }), policy);
}

function secured(response: NextResponse, policy: string): NextResponse {
  response.headers.set('content-security-policy', policy);
  if (https) response.headers.set('strict-transport-security', strictTransportSecurity);
  return response;
}

export const config = {
  matcher: [
    // Not static files (next.config.ts gives them the fixed headers), and not the webhook: a
    // proxy makes Next.js buffer the request body (up to 10 MB) before the route can refuse it.
    '/((?!_next/static/|_next/image|favicon.ico|api/webhooks/).*)',
  ],
};
