import { errors, jwtVerify } from 'jose';

import {
  SESSION_JWT_ALGORITHM,
  SESSION_JWT_IAT_MAX_AGE_S,
  SESSION_JWT_IAT_MAX_FUTURE_S,
  SESSION_JWT_MAX_LIFETIME_S,
} from '../contract/decisions';
import { sessionJwtClaimsSchema, type SessionJwtClaims } from './session-jwt-claims';

export type SessionJwtVerification =
  | { ok: true; claims: SessionJwtClaims }
  // UNAUTHENTICATED: not signed by the API signature with HS256, expired, or outside the time
  // window; VALIDATION: well signed but the claims are not the contract's.
  | { ok: false; code: 'UNAUTHENTICATED' | 'VALIDATION'; reason: string };

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §2.1 The verifying side, shared with the sandbox: algorithm pinned to HS256, `iat` and `exp`
// required, `iat` within the accepted window, `exp` at most 5 minutes after `iat`. Reuse of a
// `jti` or `notificationKey` needs memory and is left to the caller.
export async function verifySessionJwt(
  jwt: string,
  options: { apiSignature: string; now?: Date },
): Promise<SessionJwtVerification> {
  const now = options.now ?? new Date();
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(jwt, new TextEncoder().encode(options.apiSignature), {
      algorithms: [SESSION_JWT_ALGORITHM],
      requiredClaims: ['iat', 'exp'],
      currentDate: now,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError)
      return { ok: false, code: 'UNAUTHENTICATED', reason: `${error.code}: ${error.message}` };
    throw error;
  }
  const parsed = sessionJwtClaimsSchema.safeParse(payload);
  if (!parsed.success)
    return {
      ok: false,
      code: 'VALIDATION',
      reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    };
  const claims = parsed.data;
  const nowS = Math.floor(now.getTime() / 1000);
  if (claims.iat > nowS + SESSION_JWT_IAT_MAX_FUTURE_S)
    return { ok: false, code: 'UNAUTHENTICATED', reason: 'iat is in the future' };
  if (claims.iat < nowS - SESSION_JWT_IAT_MAX_AGE_S)
    return { ok: false, code: 'UNAUTHENTICATED', reason: 'iat is too old' };
  if (claims.exp - claims.iat > SESSION_JWT_MAX_LIFETIME_S)
    return { ok: false, code: 'UNAUTHENTICATED', reason: 'exp is too far after iat' };
  return { ok: true, claims };
}
