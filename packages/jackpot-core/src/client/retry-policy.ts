export interface RetryPolicy {
  // Attempts in all, the first included.
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  // A longer Retry-After is not waited for: the error is thrown, with its retryAfterMs.
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 10_000,
};

// Exponential backoff with "equal jitter": half the step is fixed, half random, so that
// concurrent clients spread out without retrying immediately. `retry` counts from 1.
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

// `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3).
export function parseRetryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
