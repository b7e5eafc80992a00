import { allowedValues, quoteByPrice, quoteByValue, type Offer, type Store } from '@jackpot-portal/jackpot-core';

// One reservable voucher of the target's catalogue: an offer and a value it can be reserved at.
export interface VoucherPick {
  store: Store;
  offer: Offer;
  valueCents: number;
  priceCents: number;
}

export type PickFilter = (store: Store, offer: Offer) => boolean;

// Allowed values from the cheapest up, skipping a free range's long tail.
function candidateValues(store: Store): number[] {
  return allowedValues(store).slice(0, 20);
}

// The cheapest allowed value of an enabled store's offer. With `byPriceExact`, only a value that
// reserving by its own price gives back exactly (so both reserve routes can aim at it).
export function pickVoucher(
  stores: readonly Store[],
  filter: PickFilter = () => true,
  options: { byPriceExact?: boolean } = {},
): VoucherPick | undefined {
  for (const store of stores) {
    if (!store.enabled) continue;
    for (const offer of store.offers) {
      if (!filter(store, offer)) continue;
      for (const valueCents of candidateValues(store)) {
        const { priceCents } = quoteByValue(offer, valueCents);
        if (priceCents === 0) continue;
        if (options.byPriceExact && quoteByPrice(offer, priceCents).valueCents !== valueCents) continue;
        return { store, offer, valueCents, priceCents };
      }
    }
  }
  return undefined;
}

export function requirePick(pick: VoucherPick | undefined, what: string): VoucherPick {
  if (pick === undefined) throw new Error(`The target's catalogue has no ${what}`);
  return pick;
}

export const withRealAdvantage: PickFilter = (_store, offer) => offer.rate > 0;
export const refundableStore: PickFilter = (store) => store.refundable;
export const nonRefundableStore: PickFilter = (store) => !store.refundable;
