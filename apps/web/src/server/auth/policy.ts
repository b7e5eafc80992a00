// The decisions of sign-in, as plain functions: who may sign in, which providers are on, and
// how the session cookie is named. The Auth.js configuration (config.ts) only wires them up.

/** What the portal knows about the address trying to sign in, when it knows it at all. */
export interface AccountOnFile {
  disabled: boolean;
}

// Asking for an email link is no attempt: every address gets the same answer, and only an
// existing, enabled user is sent a link (issueSignInLink, packages/api).
export type SignInAttempt =
  /** Someone opens an email link. */
  | { method: 'email-link'; account: AccountOnFile | null }
  /** The identity provider vouches for someone; `linked` when their IdP account is already tied to a user. */
  | { method: 'oidc'; account: AccountOnFile | null; linked: boolean; emailVerified: boolean };

/** `allow` signs in; `refuse` ends on the sign-in page with an error. */
export type SignInDecision = 'allow' | 'refuse';

/** Accounts are provisioned by administrators: only an existing, enabled user may sign in. */
export function decideSignIn(attempt: SignInAttempt): SignInDecision {
  const enabled = attempt.account !== null && !attempt.account.disabled;
  switch (attempt.method) {
    case 'email-link':
      return enabled ? 'allow' : 'refuse';
    case 'oidc':
      // Linking by email is only safe when the provider has verified that email.
      return enabled && (attempt.linked || attempt.emailVerified) ? 'allow' : 'refuse';
  }
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** The single sign-on provider when its three variables are set, otherwise none. */
export function oidcSettings(env: {
  AUTH_OIDC_ISSUER?: string;
  AUTH_OIDC_CLIENT_ID?: string;
  AUTH_OIDC_CLIENT_SECRET?: string;
  AUTH_OIDC_NAME?: string;
}): OidcSettings | null {
  if (!env.AUTH_OIDC_ISSUER || !env.AUTH_OIDC_CLIENT_ID || !env.AUTH_OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    name: env.AUTH_OIDC_NAME ?? 'SSO',
  };
}

export interface SessionCookie {
  secure: boolean;
  name: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean };
}

/** Whether the portal is served over https: AUTH_URL says so; without it, production is assumed to be. */
export function servedOverHttps(authUrl: string | undefined, nodeEnv: string): boolean {
  return authUrl ? new URL(authUrl).protocol === 'https:' : nodeEnv === 'production';
}

/**
 * Over https the session cookie is `__Host-` prefixed (Secure, no Domain, Path=/: the browser
 * refuses it from any other origin or subdomain). Over http://localhost (dev, e2e) browsers drop
 * Secure cookies, so the name is plain.
 */
export function sessionCookie(authUrl: string | undefined, nodeEnv: string): SessionCookie {
  const secure = servedOverHttps(authUrl, nodeEnv);
  return {
    secure,
    name: secure ? '__Host-authjs.session-token' : 'authjs.session-token',
    options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
  };
}

/** Where a signed-in user lands when nothing else was asked for. */
export const homePath = '/catalogue';

/**
 * A callback URL from the query string, kept only when it is a path of this site: an absolute
 * or protocol-relative URL could send the user elsewhere after signing in.
 */
export function safeCallbackPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return homePath;
  return path;
}

/** Request header carrying the requested path and query, set by src/proxy.ts. */
export const requestPathHeader = 'x-request-path';
