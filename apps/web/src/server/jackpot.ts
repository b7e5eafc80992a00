import 'server-only';

import { createJackpotClient, type JackpotClient } from '@jackpot-portal/jackpot-core';

import { env } from '~/env';

let client: JackpotClient | undefined;

function jackpotClient(): JackpotClient {
  client ??= createJackpotClient({
    baseUrl: env.JACKPOT_API_URL,
    apiKey: env.JACKPOT_API_KEY,
    apiSignature: env.JACKPOT_API_SIGNATURE,
    clientSecret: env.JACKPOT_CLIENT_SECRET,
    timeoutMs: env.JACKPOT_TIMEOUT_MS,
  });
  return client;
}

/**
 * The process's Jackpot client, created on first use: `next build` imports route modules
 * without the runtime configuration, and a client cannot exist without its base URL.
 */
export const jackpot = new Proxy({} as JackpotClient, {
  get: (_target, property) => Reflect.get(jackpotClient(), property),
});
