import { WEBHOOK_RETRY } from '../contract/decisions';

export interface WebhookRetryTimings {
  firstRetryDelayMs: number;
  backoffFactor: number;
  giveUpAfterMs: number;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §6 When each delivery attempt starts, in ms after the first one: 0, 1 s, 3 s, 7 s, … and
// none later than the give-up time. Tests may pass scaled-down timings.
export function webhookRetrySchedule(retry: WebhookRetryTimings = WEBHOOK_RETRY): number[] {
  if (retry.firstRetryDelayMs <= 0 || retry.backoffFactor < 1)
    throw new RangeError('Retry delays must grow from a positive first delay');
  const offsets = [0];
  for (
    let delay = retry.firstRetryDelayMs, at = delay;
    at <= retry.giveUpAfterMs;
    delay *= retry.backoffFactor, at += delay
  )
    offsets.push(at);
  return offsets;
}
