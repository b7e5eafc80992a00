// The security headers of every answer. next.config.ts sends the fixed ones with everything,
// static files included; src/proxy.ts adds the Content-Security-Policy (with a fresh nonce for
// each page) and HSTS.

/** Sent with every answer. */
export const fixedSecurityHeaders = [
  // Nobody may frame the portal (clickjacking on "Reserve" or "Approve"); CSP frame-ancestors says it again.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Sign-in links carry their token in the URL: other sites get the origin at most. (Not
  // no-referrer: browsers then send `Origin: null` on same-origin POSTs, which the origin check refuses.)
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
] as const;

export interface PagePolicyOptions {
  /** A fresh random value for this answer: only scripts and styles carrying it run. */
  nonce: string;
  /** `next dev` evaluates code and injects styles for hot reload. */
  development: boolean;
  /** Served over https: mixed content is upgraded. */
  https: boolean;
  /** Where store logos come from besides https: Jackpot's base URL (the sandbox is http://localhost). */
  jackpotOrigin: string;
  /** Where the sign-in form may send the browser: the single sign-on issuer, when configured. */
  signInOrigins: string[];
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this answer's nonce (Next.js puts
 * it on its own scripts; 'strict-dynamic' lets them load their chunks); no plugin, no framing,
 * no foreign <base>, forms post to the portal only. Inline style attributes stay allowed
 * (React renders a store's brand colour that way; they cannot run code), <style> elements need
 * the nonce.
 */
export function pagePolicy(options: PagePolicyOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${nonce} 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${options.development ? "'unsafe-inline'" : nonce}`,
    "style-src-attr 'unsafe-inline'",
    // Jackpot's store logos are absolute URLs of its choosing (contract: storeLogo*).
    `img-src 'self' data: blob: ${options.jackpotOrigin} https:`,
    "font-src 'self'",
    `connect-src 'self'${options.development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    ['form-action', "'self'", ...options.signInOrigins].join(' '),
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** API answers are data (JSON, PDF): nothing in them may run, load or be framed. */
export const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Two years, subdomains included: sent only when the portal is served over https. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/** A nonce: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
