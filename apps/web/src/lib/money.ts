// An Intl.NumberFormat is costly to build and a page formats many amounts: one per style, kept.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-IE', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: 2,
    });
    formatters.set(key, found);
  }
  return found;
}

/** Formats integer cents as euros for display, the only place cents become a euro string. */
export function formatEuros(cents: number, locale: string, options: { hideZeroCents?: boolean } = {}): string {
  const whole = cents % 100 === 0;
  return formatter(locale, options.hideZeroCents && whole ? 0 : 2).format(cents / 100);
}
