import { createHmac, timingSafeEqual } from 'node:crypto';

import { SESSION_JWT_ALGORITHM } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

// LOCAL ADAPTER until jackpot-core exports its HS256 verification (see /tmp/sandbox-needs.md):
// same rules (§2.1), swapped for the core function once it lands.
const claimsSchema = z.looseObject({
  amount: z.number().nonnegative(),
  iat: z.number().int(),
  notificationKey: z.string().min(1),
  userId: z.string().optional(),
  forceManualConfirm: z.boolean().optional(),
  exp: z.number().int().optional(),
  jti: z.string().optional(),
});

export type SessionJwtClaims = z.output<typeof claimsSchema>;

export type JwtCheck = { ok: true; claims: SessionJwtClaims } | { ok: false; reason: string };

export function verifySessionJwt(token: string, secret: string): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'The assertion is not a JWT' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  if (!header || header.alg !== SESSION_JWT_ALGORITHM) return { ok: false, reason: `The JWT must be signed with ${SESSION_JWT_ALGORITHM}` };
  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'Bad JWT signature' };
  const claims = claimsSchema.safeParse(decodeJson(payloadPart));
  if (!claims.success) return { ok: false, reason: `Bad JWT claims: ${z.prettifyError(claims.error)}` };
  return { ok: true, claims: claims.data };
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
