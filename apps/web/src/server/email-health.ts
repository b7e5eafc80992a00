import { type SmtpSettings, verifySmtp } from '@jackpot-portal/api';

import { cachedProbe } from './cached-probe';

export interface EmailHealth {
  /** Whether the SMTP server answered lately (always, with no SMTP: the outbox table takes the emails). */
  reachable(): Promise<boolean>;
}

/**
 * Whether emails can leave, for the sign-in form. The link is sent after the answer, which is
 * the same for every address (so it tells nobody which addresses have an account); asked
 * before that answer, this probe says "we cannot send emails right now" to everyone alike
 * instead of "check your inbox" for a link that will never come. Bounded by SMTP_TIMEOUTS_MS
 * (packages/api): a closed port answers at once, a server that never speaks in 5 s.
 */
export function createEmailHealth(smtp: SmtpSettings | undefined, options: { freshMs?: number } = {}): EmailHealth {
  if (!smtp) return { reachable: async () => true };
  const probe = () =>
    verifySmtp(smtp).then(
      () => true,
      () => false,
    );
  return { reachable: cachedProbe(probe, options.freshMs ?? 10_000) };
}
