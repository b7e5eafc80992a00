import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { backoffDelayMs, DEFAULT_RETRY_POLICY, parseRetryAfterMs } from './retry-policy';

describe('retry policy', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T10:00:00.000Z');
    expect(parseRetryAfterMs('3', now)).toBe(3_000);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });

  it('backs off between half and all of a doubling step, capped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, random) => {
          const step = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (retry - 1));
          const delay = backoffDelayMs(retry, DEFAULT_RETRY_POLICY, () => random);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(step / 2));
          expect(delay).toBeLessThanOrEqual(step);
        },
      ),
    );
  });
});
