import { WEBHOOK_RETRY } from '../contract/decisions';

// §6 When each delivery attempt starts, in ms after the first one: 0, 1 s, 3 s, 7 s, … and
// none later than the give-up time.
export function webhookRetrySchedule(retry: typeof WEBHOOK_RETRY = WEBHOOK_RETRY): number[] {
  const offsets = [0];
  for (let delay = retry.firstRetryDelayMs, at = delay; at <= retry.giveUpAfterMs; delay *= retry.backoffFactor, at += delay) offsets.push(at);
  return offsets;
}
