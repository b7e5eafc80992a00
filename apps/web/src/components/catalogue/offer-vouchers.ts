import type { RouterOutputs } from '@jackpot-portal/api';

type StoreVoucher = RouterOutputs['catalogue']['storeVouchers']['vouchers'][number];

/** One offer of a store and the vouchers the balance affords with it, smallest value first. */
export interface OfferVouchers {
  offerId: string;
  mode: 'BONUS' | 'DISCOUNT';
  rateBasisPoints: number | null;
  entries: Array<{ valueCents: number; priceCents: number }>;
}

/**
 * Proposals come one per offer and value; the page shows them offer by offer, best offer first.
 * A plain offer (no advantage) is left out when the store has a real one: it only costs more.
 */
export function groupByOffer(vouchers: StoreVoucher[]): OfferVouchers[] {
  const groups = new Map<string, OfferVouchers>();
  for (const voucher of vouchers) {
    const group = groups.get(voucher.offerId) ?? {
      offerId: voucher.offerId,
      mode: voucher.mode,
      rateBasisPoints: voucher.rateBasisPoints,
      entries: [],
    };
    group.entries.push({ valueCents: voucher.valueCents, priceCents: voucher.priceCents });
    groups.set(voucher.offerId, group);
  }
  const offers = [...groups.values()].sort((a, b) => (b.rateBasisPoints ?? 0) - (a.rateBasisPoints ?? 0));
  const withAdvantage = offers.filter((offer) => offer.entries.some((entry) => entry.valueCents > entry.priceCents));
  return withAdvantage.length > 0 ? withAdvantage : offers;
}

/** Every value the balance affords with at least one offer, smallest first. */
export function affordableValues(offers: OfferVouchers[]): number[] {
  return [...new Set(offers.flatMap((offer) => offer.entries.map((entry) => entry.valueCents)))].sort((a, b) => a - b);
}

export interface OfferForValue {
  offer: OfferVouchers;
  priceCents: number;
}

/**
 * The offers that sell a voucher of `valueCents`, cheapest first: the first is the best offer for
 * that amount (ties keep the order of `groupByOffer`, highest rate first).
 */
export function offersForValue(offers: OfferVouchers[], valueCents: number): OfferForValue[] {
  return offers
    .flatMap((offer) => {
      const entry = offer.entries.find((candidate) => candidate.valueCents === valueCents);
      return entry ? [{ offer, priceCents: entry.priceCents }] : [];
    })
    .sort((a, b) => a.priceCents - b.priceCents);
}

/** One row per affordable value: the offer that sells it cheapest, and its price. */
export function bestPerValue(
  offers: OfferVouchers[],
): Array<{ valueCents: number; priceCents: number; offer: OfferVouchers }> {
  return affordableValues(offers).map((valueCents) => {
    const [best] = offersForValue(offers, valueCents);
    return { valueCents, priceCents: best!.priceCents, offer: best!.offer };
  });
}
