import { describe, expect, it } from 'vitest';

import { createM2mTokenCache } from './m2m-token-cache';

describe('m2m token cache', () => {
  it('shares one renewal between concurrent callers', async () => {
    let requests = 0;
    const cache = createM2mTokenCache(
      async () => ({ access_token: `t${++requests}`, token_type: 'Bearer', expires_in: 3600 }),
      { now: () => 0, renewMarginMs: 60_000 },
    );
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(['t1', 't1', 't1']);
    expect(requests).toBe(1);
  });

  it('tries again after a failed renewal instead of caching the failure', async () => {
    let requests = 0;
    const cache = createM2mTokenCache(
      async () => {
        requests += 1;
        if (requests === 1) throw new Error('down');
        return { access_token: 'fresh', token_type: 'Bearer', expires_in: 3600 };
      },
      { now: () => 0, renewMarginMs: 60_000 },
    );
    await expect(cache.get()).rejects.toThrow('down');
    await expect(cache.get()).resolves.toBe('fresh');
  });

  it('renews a short-lived token halfway through its life, and after invalidation', async () => {
    let now = 0;
    let requests = 0;
    const cache = createM2mTokenCache(
      async () => ({ access_token: `t${++requests}`, token_type: 'Bearer', expires_in: 60 }),
      { now: () => now, renewMarginMs: 60_000 },
    );
    await cache.get();
    now = 29_999;
    expect(await cache.get()).toBe('t1');
    now = 30_000;
    expect(await cache.get()).toBe('t2');
    cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
    cache.invalidate('t2');
    expect(await cache.get()).toBe('t3');
  });
});
