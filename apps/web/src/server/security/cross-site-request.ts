// Defence in depth against cross-site request forgery, besides SameSite=Lax session cookies
// and JSON preflights: a browser tells where a request comes from (Origin, Sec-Fetch-Site), and
// a state-changing request that another site started is refused before it reaches tRPC or a
// server action.

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Routes with their own proof of origin: Jackpot's webhooks (server to server, no Origin; the
 * secret path segment), and Auth.js (a CSRF token of its own; an identity provider may post its
 * callback from its own origin).
 */
const exemptPrefixes = ['/api/webhooks/', '/api/auth/'];

export interface RequestOrigin {
  method: string;
  pathname: string;
  /** The Origin header, when the client sent one. */
  origin: string | null;
  /** The Sec-Fetch-Site header, when the client sent one. */
  secFetchSite: string | null;
}

/**
 * True when a state-changing request comes from another site: its Origin is not the portal's,
 * or, without Origin, the browser says it is cross-site. A client that sends neither (curl, a
 * server) is no browser and carries no victim's cookies: it passes, and meets the usual
 * sign-in and role checks.
 */
export function isCrossSiteWrite(request: RequestOrigin, appOrigin: string): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false;
  if (exemptPrefixes.some((prefix) => request.pathname.startsWith(prefix))) return false;
  if (request.origin !== null) return request.origin !== appOrigin;
  return request.secFetchSite !== null && request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none';
}
