/** Formats integer cents as euros for display, the only place cents become a euro string. */
export function formatEuros(cents: number, locale: string, options: { hideZeroCents?: boolean } = {}): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: options.hideZeroCents && whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
