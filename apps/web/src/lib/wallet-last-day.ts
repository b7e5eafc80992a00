/**
 * The last day a wallet can be spent, for display: a campaign closes at an instant (the start of
 * the day after its last day), so "until 31 January" is the day of the instant just before it.
 */
export function walletLastDay(closesAt: Date | string): Date {
  return new Date(new Date(closesAt).getTime() - 1);
}
