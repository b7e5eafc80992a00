// Round amounts people usually give, in cents: what a long list of allowed values is cut down to.
const ROUND_VALUES = new Set([10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000].map((euros) => euros * 100));

/**
 * A short list of one offer's affordable vouchers (ascending by value) for display: all of them
 * when there are few, otherwise round values spread over the range, and always the largest one.
 */
export function featuredVouchers<T extends { valueCents: number }>(vouchers: readonly T[], limit = 6): T[] {
  if (vouchers.length <= limit) return [...vouchers];
  const largest = vouchers[vouchers.length - 1]!;
  const round = vouchers.filter((voucher) => ROUND_VALUES.has(voucher.valueCents) && voucher !== largest);
  const slots = Math.min(limit - 1, round.length);
  const spread = Array.from(
    { length: slots },
    (_, slot) => round[slots === 1 ? round.length - 1 : Math.round((slot * (round.length - 1)) / (slots - 1))]!,
  );
  return [...spread, largest];
}
