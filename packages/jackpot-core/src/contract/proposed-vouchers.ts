import { allowedValues, largestAllowedValueAtMost, type ValueRules } from '../money/allowed-values';
import { givesRealAdvantage, quoteByPrice, quoteByValue } from '../money/pricing';
import { SESSION_AMOUNT_CAPS } from './decisions';
import { type ProposedVoucher } from './schemas/proposed-voucher';
import { type Offer } from './schemas/offer';
import { sessionCappedAmount } from './reservation-rules';

export interface ProposingStore extends ValueRules {
  id: string;
  enabled: boolean;
  offers: readonly Pick<Offer, 'id' | 'mode' | 'rate'>[];
}

function proposal(
  store: ProposingStore,
  offer: ProposingStore['offers'][number],
  valueCents: number,
  priceCents: number,
): ProposedVoucher {
  return { storeId: store.id, offerId: offer.id, mode: offer.mode, value: valueCents, price: priceCents };
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §4 GET /v2/stores/proposed-vouchers [decision]: for each offer of each enabled store, the
// largest allowed value whose price fits `amountCents` (an amount that is a price unless the
// session caps values). `strict` leaves out quotes without a real bonus or discount.
export function proposeVouchersAcrossStores(
  stores: readonly ProposingStore[],
  amountCents: number,
  strict: boolean,
): ProposedVoucher[] {
  const proposals: ProposedVoucher[] = [];
  for (const store of stores) {
    if (!store.enabled) continue;
    for (const offer of store.offers) {
      const affordableValue =
        SESSION_AMOUNT_CAPS === 'value' ? amountCents : quoteByPrice(offer, amountCents).valueCents;
      const valueCents = largestAllowedValueAtMost(store, affordableValue);
      if (valueCents === undefined) continue;
      const quote = quoteByValue(offer, valueCents);
      if (strict && !givesRealAdvantage(quote)) continue;
      proposals.push(proposal(store, offer, quote.valueCents, quote.priceCents));
    }
  }
  return proposals;
}

// §4 GET /v2/stores/{storeId}/proposed-vouchers [decision]: one entry per offer and allowed value
// whose quote fits the session amount; nothing for a disabled store.
export function proposeStoreVouchers(
  store: ProposingStore,
  sessionAmountCents: number,
  strict: boolean,
): ProposedVoucher[] {
  if (!store.enabled) return [];
  const proposals: ProposedVoucher[] = [];
  for (const offer of store.offers) {
    for (const valueCents of allowedValues(store)) {
      const quote = quoteByValue(offer, valueCents);
      if (sessionCappedAmount(quote) > sessionAmountCents) break;
      if (strict && !givesRealAdvantage(quote)) continue;
      proposals.push(proposal(store, offer, quote.valueCents, quote.priceCents));
    }
  }
  return proposals;
}
