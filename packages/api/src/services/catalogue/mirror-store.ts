import type { MirrorStore } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';

/**
 * An offer rate in percent (at most two decimals, e.g. 12.5) as integer basis points (1250),
 * read from its decimal digits so that no floating-point product is ever rounded.
 */
export function rateToBasisPoints(rate: number): number {
  const [whole = '0', fraction = ''] = rate.toFixed(2).split('.');
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0 || Number((basisPoints / 100).toFixed(2)) !== rate) {
    throw new RangeError(`Not a rate with at most two decimals: ${rate}`);
  }
  return basisPoints;
}

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** A Jackpot store (already in cents) as the mirror keeps it. */
export function toMirrorStore(store: Store): MirrorStore {
  return {
    id: store.id,
    name: store.name,
    slug: text(store.slug),
    category: text(store.category),
    description: text(store.description),
    mentions: text(store.mentions),
    baseColor: text(store.baseColor),
    logoSmall: text(store.storeLogoSmall),
    logoMedium: text(store.storeLogoMedium),
    logoLarge: text(store.storeLogoLarge),
    shippingTime: text(store.shippingTime),
    validity: text(store.validityDate),
    valueMinCents: store.voucherValueMin,
    valueMaxCents: store.voucherValueMax,
    discreteValuesCents: [...store.voucherPossibleDiscreteValues].sort((a, b) => a - b),
    enabled: store.enabled,
    refundable: store.refundable,
    offers: store.offers.map((offer) => ({
      id: offer.id,
      mode: offer.mode,
      rateBasisPoints: rateToBasisPoints(offer.rate),
    })),
  };
}
