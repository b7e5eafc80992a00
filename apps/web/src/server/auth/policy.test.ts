import { describe, expect, it } from 'vitest';

import { decideSignIn, homePath, oidcSettings, safeCallbackPath, sessionCookie } from './policy';
import { buildProviders } from './providers';

const enabled = { disabled: false };
const disabled = { disabled: true };

describe('who may sign in', () => {
  it('refuses a link opened by a user disabled (or removed) since it was sent', () => {
    expect(decideSignIn({ method: 'email-link', account: enabled })).toBe('allow');
    expect(decideSignIn({ method: 'email-link', account: disabled })).toBe('refuse');
    expect(decideSignIn({ method: 'email-link', account: null })).toBe('refuse');
  });

  it('links single sign-on to an existing user only through a verified email, and never creates one', () => {
    expect(decideSignIn({ method: 'oidc', account: enabled, linked: false, emailVerified: true })).toBe('allow');
    expect(decideSignIn({ method: 'oidc', account: enabled, linked: false, emailVerified: false })).toBe('refuse');
    expect(decideSignIn({ method: 'oidc', account: enabled, linked: true, emailVerified: false })).toBe('allow');
    expect(decideSignIn({ method: 'oidc', account: null, linked: false, emailVerified: true })).toBe('refuse');
    expect(decideSignIn({ method: 'oidc', account: disabled, linked: true, emailVerified: true })).toBe('refuse');
  });
});

describe('providers by environment', () => {
  const sendVerificationRequest = async () => {};
  const ids = (env: Parameters<typeof oidcSettings>[0]) =>
    buildProviders({ oidc: oidcSettings(env), sendVerificationRequest }).map((provider) =>
      'id' in provider ? provider.id : null,
    );

  it('offers email links only when single sign-on is not configured', () => {
    expect(ids({})).toEqual(['email']);
    expect(ids({ AUTH_OIDC_ISSUER: 'https://id.example.com', AUTH_OIDC_CLIENT_ID: 'portal' })).toEqual(['email']);
  });

  it('adds the OpenID Connect provider when issuer, client id and secret are set, named by AUTH_OIDC_NAME', () => {
    const env = {
      AUTH_OIDC_ISSUER: 'https://id.example.com',
      AUTH_OIDC_CLIENT_ID: 'portal',
      AUTH_OIDC_CLIENT_SECRET: 's3cret',
    };
    expect(ids(env)).toEqual(['email', 'oidc']);
    expect(oidcSettings(env)?.name).toBe('SSO');
    const [, oidc] = buildProviders({
      oidc: oidcSettings({ ...env, AUTH_OIDC_NAME: 'Okta' }),
      sendVerificationRequest,
    });
    expect(oidc).toMatchObject({
      id: 'oidc',
      type: 'oidc',
      name: 'Okta',
      issuer: 'https://id.example.com',
      clientId: 'portal',
      allowDangerousEmailAccountLinking: true,
    });
  });
});

describe('session cookie', () => {
  it('is __Host- prefixed, Secure, HttpOnly and SameSite=Lax over https', () => {
    expect(sessionCookie('https://rewards.example.com', 'production')).toEqual({
      secure: true,
      name: '__Host-authjs.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
  });

  it('has a plain name and no Secure flag over http://localhost, even in a production build', () => {
    const cookie = sessionCookie('http://localhost:3100', 'production');
    expect(cookie.name).toBe('authjs.session-token');
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
  });

  it('assumes https in production when AUTH_URL is unset', () => {
    expect(sessionCookie(undefined, 'production').name).toBe('__Host-authjs.session-token');
    expect(sessionCookie(undefined, 'development').name).toBe('authjs.session-token');
  });
});

describe('callback URL after sign-in', () => {
  it('keeps a path of this site, query included', () => {
    expect(safeCallbackPath('/vouchers?status=ready')).toBe('/vouchers?status=ready');
  });

  it('refuses other sites and falls back to the catalogue', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'vouchers',
      '',
      undefined,
      null,
    ]) {
      expect(safeCallbackPath(value), String(value)).toBe(homePath);
    }
    expect(safeCallbackPath(['/vouchers', '/admin'])).toBe('/vouchers');
  });
});
