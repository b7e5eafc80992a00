import 'server-only';

import { createSignInLimits, type SignInLimits } from '@jackpot-portal/api';
import { createPgPool } from '@jackpot-portal/db';

import { env } from '~/env';

const globalForLimits = globalThis as unknown as { jackpotPortalSignInLimits?: SignInLimits };

/**
 * The process-wide sign-in email limits, on a small pool of their own (rate-limiter-flexible
 * talks to pg directly). Made at the first use: `next build` loads this module without the
 * runtime configuration.
 */
function limits(): SignInLimits {
  globalForLimits.jackpotPortalSignInLimits ??= createSignInLimits(
    createPgPool(env.DATABASE_URL, { max: 2, applicationName: 'jackpot-portal-limits' }),
    {
      perAddress: env.SIGN_IN_LIMIT_PER_ADDRESS,
      perIp: env.SIGN_IN_LIMIT_PER_IP,
      windowSeconds: env.SIGN_IN_LIMIT_WINDOW_S,
    },
  );
  return globalForLimits.jackpotPortalSignInLimits;
}

export const signInLimits: SignInLimits = {
  consume: (request) => limits().consume(request),
  consumeAddress: (email) => limits().consumeAddress(email),
};
