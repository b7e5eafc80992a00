import { type Store } from '@jackpot-portal/jackpot-core';

/** What the store does when a voucher is refunded: decide after a delay, or wait for the control API. */
export interface RefundPolicy {
  outcome: 'accept' | 'reject' | 'manual';
  delayMs: number;
}

/**
 * A store as the sandbox keeps it: the contract's Store (amounts in cents; logo URLs filled in
 * with the public base URL on output) plus what only the sandbox knows about it.
 */
export interface CatalogueEntry {
  store: Store;
  validityMonths: number;
  refundPolicy: RefundPolicy;
}
