import { randomBytes, timingSafeEqual } from 'node:crypto';

import {
  API_KEY_HEADER,
  type AuthKind,
  GRANT_TYPE_JWT_BEARER,
  SESSION_JWT_IAT_MAX_AGE_S,
  SESSION_JWT_IAT_MAX_FUTURE_S,
  SESSION_TOKEN_LIFETIME_S,
  type SessionJwtClaims,
  type TokenRequest,
  tokenResponse,
  type TokenResponse,
  verifySessionJwt,
} from '@jackpot-portal/jackpot-core';

import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { type Session } from '../state/state';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** §2.2 POST /v2/token: a client session from a JWT, or an m2m session from the client secret. */
export async function exchangeToken(sandbox: Sandbox, request: TokenRequest): Promise<TokenResponse> {
  const { credentials } = sandbox.config;
  if (!sameSecret(request.client_id, credentials.apiKey))
    throw new ApiError('UNAUTHENTICATED', 'Unknown client_id (the API key)');
  const now = sandbox.clock.now();
  const expiresAt = now + SESSION_TOKEN_LIFETIME_S * 1000;
  const token = `sbx_${randomBytes(24).toString('base64url')}`;
  let session: Session;
  if (request.grant_type === GRANT_TYPE_JWT_BEARER) {
    const claims = await checkAssertion(sandbox, request.assertion);
    session = {
      kind: 'client',
      token,
      issuedAt: now,
      expiresAt,
      amountCents: claims.amount,
      notificationKey: claims.notificationKey,
      ...(claims.userId === undefined ? {} : { userId: claims.userId }),
      forceManualConfirm: claims.forceManualConfirm === true,
    };
  } else {
    if (!sameSecret(request.client_secret, credentials.clientSecret))
      throw new ApiError('UNAUTHENTICATED', 'Bad client_secret');
    session = { kind: 'm2m', token, issuedAt: now, expiresAt };
  }
  sandbox.state.sessions.set(token, session);
  forgetExpired(sandbox, now);
  sandbox.changed();
  return tokenResponse(token);
}

/**
 * §2.1 rules, with jackpot-core's verifier (HS256 pinned, iat window, exp) plus the single use of
 * jti and notificationKey. JWT times are checked against wall-clock time, not the sandbox clock:
 * the partner signs with its real clock, and advancing the sandbox clock must not refuse new JWTs.
 */
async function checkAssertion(sandbox: Sandbox, assertion: string): Promise<SessionJwtClaims> {
  const check = await verifySessionJwt(assertion, { apiSignature: sandbox.config.credentials.apiSignature });
  if (!check.ok) throw new ApiError(check.code, `Session JWT refused: ${check.reason}`);
  const { claims } = check;
  const { usedJtis, usedNotificationKeys } = sandbox.state;
  if (claims.jti !== undefined && usedJtis.has(claims.jti))
    throw new ApiError('JWT_ALREADY_USED', `JWT ${claims.jti} was already exchanged`);
  if (usedNotificationKeys.has(claims.notificationKey)) {
    throw new ApiError(
      'JWT_ALREADY_USED',
      `A JWT with notificationKey ${claims.notificationKey} was already exchanged`,
    );
  }
  if (claims.jti !== undefined)
    usedJtis.set(claims.jti, (claims.iat + SESSION_JWT_IAT_MAX_AGE_S + SESSION_JWT_IAT_MAX_FUTURE_S) * 1000);
  usedNotificationKeys.add(claims.notificationKey);
  return claims;
}

/** The caller, as far as §4 is concerned. */
export type Principal = { kind: 'apikey' } | Session;

/** §4 auth per route: the kinds the route accepts; any other valid credential is 403 FORBIDDEN. */
export function authenticate(
  sandbox: Sandbox,
  headers: { authorization?: string | undefined; apikey?: string | undefined },
  accepted: readonly AuthKind[],
): Principal {
  const principal = identify(sandbox, headers);
  if (!accepted.includes(principal.kind)) {
    throw new ApiError(
      'FORBIDDEN',
      `This route needs ${accepted.map(describeKind).join(' or ')}, not ${describeKind(principal.kind)}`,
    );
  }
  return principal;
}

function identify(
  sandbox: Sandbox,
  headers: { authorization?: string | undefined; apikey?: string | undefined },
): Principal {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const session = sandbox.state.sessions.get(bearer);
    if (!session) throw new ApiError('UNAUTHENTICATED', 'Unknown session token');
    if (session.expiresAt <= sandbox.clock.now()) throw new ApiError('UNAUTHENTICATED', 'Session token expired');
    return session;
  }
  if (headers.authorization) throw new ApiError('UNAUTHENTICATED', 'Authorization must be "Bearer <access_token>"');
  if (headers.apikey !== undefined) {
    if (!sameSecret(headers.apikey, sandbox.config.credentials.apiKey))
      throw new ApiError('UNAUTHENTICATED', `Bad ${API_KEY_HEADER} header`);
    return { kind: 'apikey' };
  }
  throw new ApiError('UNAUTHENTICATED', `Send an ${API_KEY_HEADER} header or an Authorization: Bearer session token`);
}

function describeKind(kind: AuthKind): string {
  return { apikey: 'the apikey header', client: 'a client session', m2m: 'an m2m session' }[kind];
}

function forgetExpired(sandbox: Sandbox, now: number): void {
  // Cheap amortized cleanup: a token exchange sweeps what can no longer matter.
  const { sessions, usedJtis } = sandbox.state;
  if (sessions.size % 64 !== 0) return;
  for (const [token, session] of sessions) if (session.expiresAt <= now) sessions.delete(token);
  const wallNow = Date.now();
  for (const [jti, forgetAfter] of usedJtis) if (forgetAfter <= wallNow) usedJtis.delete(jti);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
