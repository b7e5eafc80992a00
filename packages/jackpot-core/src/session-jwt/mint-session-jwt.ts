import { randomUUID } from 'node:crypto';

import { SignJWT } from 'jose';
import { z } from 'zod';

import { SESSION_JWT_ALGORITHM, SESSION_JWT_MAX_LIFETIME_S } from '../contract/decisions';
import { sessionJwtClaimsSchema } from './session-jwt-claims';

export interface SessionJwtInput {
  apiSignature: string;
  amountCents: number;
  notificationKey: string;
  userId?: string;
  forceManualConfirm?: boolean;
  // Seconds; at most the contract's 5 minutes.
  lifetimeS?: number;
  now?: Date;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §2.1 Signs the JWT a partner server exchanges for a client session.
export async function mintSessionJwt(input: SessionJwtInput): Promise<string> {
  const lifetimeS = input.lifetimeS ?? SESSION_JWT_MAX_LIFETIME_S;
  if (!Number.isInteger(lifetimeS) || lifetimeS <= 0 || lifetimeS > SESSION_JWT_MAX_LIFETIME_S) {
    throw new RangeError(`A session JWT lives between 1 and ${SESSION_JWT_MAX_LIFETIME_S} s`);
  }
  if (input.apiSignature.length === 0) throw new TypeError('The API signature is empty');
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const claims = z.encode(sessionJwtClaimsSchema, {
    amount: input.amountCents,
    iat,
    exp: iat + lifetimeS,
    jti: randomUUID(),
    notificationKey: input.notificationKey,
    ...(input.userId === undefined ? {} : { userId: input.userId }),
    ...(input.forceManualConfirm === undefined ? {} : { forceManualConfirm: input.forceManualConfirm }),
  });
  return new SignJWT(claims)
    .setProtectedHeader({ alg: SESSION_JWT_ALGORITHM, typ: 'JWT' })
    .sign(new TextEncoder().encode(input.apiSignature));
}
