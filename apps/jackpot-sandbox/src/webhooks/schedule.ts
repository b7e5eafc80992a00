import { WEBHOOK_RETRY, webhookRetrySchedule } from '@jackpot-portal/jackpot-core';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** The contract's §6 retry schedule, with every duration scalable for tests. */
export interface RetrySchedule {
  /** Delay before the first retry; each later retry waits twice as long as the previous one. */
  firstRetryDelayMs: number;
  /** No attempt starts later than this after the first attempt. */
  giveUpAfterMs: number;
  /** Each attempt is aborted after this long. */
  attemptTimeoutMs: number;
}

/** When each attempt starts, in ms after the first one (jackpot-core's schedule, scaled). */
export function attemptOffsets(schedule: RetrySchedule): number[] {
  return webhookRetrySchedule({ backoffFactor: WEBHOOK_RETRY.backoffFactor, ...schedule });
}
