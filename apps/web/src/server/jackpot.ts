import 'server-only';

import { createJackpotClientFromEnv, type JackpotClient } from '@jackpot-portal/jackpot-core';

import { env } from '~/env';

let client: JackpotClient | undefined;

function jackpotClient(): JackpotClient {
  client ??= createJackpotClientFromEnv(env);
  return client;
}

/**
 * The process's Jackpot client, created on first use: `next build` imports route modules
 * without the runtime configuration, and a client cannot exist without its base URL.
 */
export const jackpot = new Proxy({} as JackpotClient, {
  get: (_target, property) => Reflect.get(jackpotClient(), property),
});
