import { createHash } from 'node:crypto';

import type { PgPool } from '@jackpot-portal/db';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInLimitSettings {
  /** Sign-in emails one address may be sent per window. */
  perAddress: number;
  /** Sign-in emails asked for from one client IP per window (an office behind one NAT shares it). */
  perIp: number;
  windowSeconds: number;
}

export interface SignInLimits {
  /** Counts one request for a sign-in email; false when the address or the client IP is over its limit. */
  consume(request: { email: string; clientIp: string | null }): Promise<boolean>;
  /** Counts one email to the address only (an admin's invitation): false when the address is over its limit. */
  consumeAddress(email: string): Promise<boolean>;
}

/** The table of rate-limiter-flexible's PostgreSQL store, created by a migration (packages/db). */
export const RATE_LIMIT_TABLE = 'rate_limits';

// Keys are digests: fixed length (the column is varchar(255)), and no address in the table.
const keyOf = (value: string) => createHash('sha256').update(value, 'utf8').digest('base64url');

/**
 * Limits on sign-in emails, counted in PostgreSQL by rate-limiter-flexible so that they hold
 * across every instance of the portal (fixed windows per key). A store failure rejects, so no
 * email goes out unlimited.
 */
export function createSignInLimits(pool: PgPool, settings: SignInLimitSettings): SignInLimits {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration: settings.windowSeconds,
    });
  const perAddress = limiter('sign-in-address', settings.perAddress);
  const perIp = limiter('sign-in-ip', settings.perIp);

  const allowed = async (consumed: Promise<unknown>) => {
    try {
      await consumed;
      return true;
    } catch (error) {
      // The library rejects with a RateLimiterRes when the limit is reached, with an Error when the store fails.
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  };

  return {
    async consume({ email, clientIp }) {
      const [address, ip] = await Promise.all([
        allowed(perAddress.consume(keyOf(email.toLowerCase()))),
        allowed(perIp.consume(keyOf(clientIp ?? 'unknown'))),
      ]);
      return address && ip;
    },
    consumeAddress(email) {
      return allowed(perAddress.consume(keyOf(email.toLowerCase())));
    },
  };
}
