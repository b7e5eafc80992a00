import { createJackpotClient, type JackpotClient } from './create-jackpot-client';

/** The variables that configure a Jackpot client, as every env module of the workspace names them. */
export interface JackpotClientEnv {
  JACKPOT_API_URL: string;
  JACKPOT_API_KEY: string;
  JACKPOT_API_SIGNATURE: string;
  JACKPOT_CLIENT_SECRET: string;
  JACKPOT_TIMEOUT_MS?: number;
}

/** The one way a process builds its Jackpot client from its (already validated) environment. */
export function createJackpotClientFromEnv(env: JackpotClientEnv): JackpotClient {
  return createJackpotClient({
    baseUrl: env.JACKPOT_API_URL,
    apiKey: env.JACKPOT_API_KEY,
    apiSignature: env.JACKPOT_API_SIGNATURE,
    clientSecret: env.JACKPOT_CLIENT_SECRET,
    timeoutMs: env.JACKPOT_TIMEOUT_MS,
  });
}
