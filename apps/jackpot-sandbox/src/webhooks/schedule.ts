/** The contract's §6 retry schedule, with every duration scalable for tests. */
export interface RetrySchedule {
  /** Delay before the first retry; each later retry waits twice as long as the previous one. */
  firstRetryDelayMs: number;
  /** No attempt starts later than this after the first attempt. */
  giveUpAfterMs: number;
  /** Each attempt is aborted after this long. */
  attemptTimeoutMs: number;
}

/** Delay before retry number `retry` (1 for the first retry): 1 s, 2 s, 4 s, … by default. */
export function retryDelayMs(schedule: RetrySchedule, retry: number): number {
  return schedule.firstRetryDelayMs * 2 ** (retry - 1);
}

/**
 * When the next attempt should start, or undefined when the delivery gives up: `retry` attempts
 * have failed, the last one ended at `lastAttemptEndMs`, the first one started at `firstAttemptMs`.
 */
export function nextAttemptAt(schedule: RetrySchedule, firstAttemptMs: number, lastAttemptEndMs: number, retry: number): number | undefined {
  const at = lastAttemptEndMs + retryDelayMs(schedule, retry);
  return at - firstAttemptMs <= schedule.giveUpAfterMs ? at : undefined;
}
