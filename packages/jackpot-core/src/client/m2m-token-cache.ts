import { type TokenResponse } from '../contract/schemas/token';

export interface M2mTokenCache {
  // A token valid for at least the renewal margin; concurrent callers share one renewal.
  get(): Promise<string>;
  // Forgets a token the server refused, so that the next get() renews it.
  invalidate(token: string): void;
}

export function createM2mTokenCache(
  requestToken: () => Promise<TokenResponse>,
  options: { now: () => number; renewMarginMs: number },
): M2mTokenCache {
  let cached: { token: string; renewAtMs: number } | undefined;
  let renewal: Promise<string> | undefined;

  async function renew(): Promise<string> {
    const requestedAt = options.now();
    const answer = await requestToken();
    const lifetimeMs = answer.expires_in * 1000;
    // A token shorter-lived than twice the margin is renewed halfway through its life.
    cached = {
      token: answer.access_token,
      renewAtMs: requestedAt + lifetimeMs - Math.min(options.renewMarginMs, lifetimeMs / 2),
    };
    return answer.access_token;
  }

  return {
    get() {
      if (cached !== undefined && options.now() < cached.renewAtMs) return Promise.resolve(cached.token);
      renewal ??= renew().finally(() => {
        renewal = undefined;
      });
      return renewal;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
