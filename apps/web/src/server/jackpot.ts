import 'server-only';

import { createJackpotClient } from '@jackpot-portal/jackpot-core';

import { env } from '~/env';

export const jackpot = createJackpotClient({
  baseUrl: env.JACKPOT_API_URL,
  apiKey: env.JACKPOT_API_KEY,
  apiSignature: env.JACKPOT_API_SIGNATURE,
  clientSecret: env.JACKPOT_CLIENT_SECRET,
  timeoutMs: env.JACKPOT_TIMEOUT_MS,
});
