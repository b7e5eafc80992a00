import type { Locale } from '~/i18n/locales';

const MINUS = '\u2212';
const NARROW_NO_BREAK_SPACE = '\u202f';

/**
 * An offer's advantage as a badge: "+10 %" / "−5 %" in French (a narrow no-break space before
 * the percent sign), "+10%" / "−5%" in English; up to two decimals, as rates have.
 */
export function formatOfferRate(mode: 'BONUS' | 'DISCOUNT', rateBasisPoints: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(
    rateBasisPoints / 100,
  );
  const percent = locale === 'fr' ? `${number}${NARROW_NO_BREAK_SPACE}%` : `${number}%`;
  return `${mode === 'BONUS' ? '+' : MINUS}${percent}`;
}

/** The offer that gives the most, ties to bonus; undefined when none gives anything. */
export function bestOffer<T extends { mode: 'BONUS' | 'DISCOUNT'; rateBasisPoints: number }>(
  offers: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const offer of offers) {
    if (offer.rateBasisPoints <= 0) continue;
    if (
      !best ||
      offer.rateBasisPoints > best.rateBasisPoints ||
      (offer.rateBasisPoints === best.rateBasisPoints && offer.mode === 'BONUS')
    )
      best = offer;
  }
  return best;
}
