import { isAllowedValue, type ValueRules } from '../money/allowed-values';
import { type Quote } from '../money/pricing';
import { SESSION_AMOUNT_CAPS } from './decisions';
import { type ErrorCode } from './error-codes';

export interface ReservableStore extends ValueRules {
  enabled: boolean;
}

export type ReservationRefusal = Extract<ErrorCode, 'STORE_DISABLED' | 'VALUE_NOT_ALLOWED' | 'AMOUNT_EXCEEDS_SESSION'>;

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §4 Reservation checks, in this order [decision]: the store is enabled, the value is allowed,
// the session amount covers the quote. Returns the refusal code, or null when the quote may be
// reserved.
export function checkReservation(
  store: ReservableStore,
  quote: Quote,
  sessionAmountCents: number,
): ReservationRefusal | null {
  if (!store.enabled) return 'STORE_DISABLED';
  if (!isAllowedValue(store, quote.valueCents)) return 'VALUE_NOT_ALLOWED';
  if (sessionCappedAmount(quote) > sessionAmountCents) return 'AMOUNT_EXCEEDS_SESSION';
  return null;
}

// §8 open question: the session amount caps the price (or the value).
export function sessionCappedAmount(quote: Quote): number {
  return SESSION_AMOUNT_CAPS === 'price' ? quote.priceCents : quote.valueCents;
}
