import type { OrderStatus } from '@jackpot-portal/db';
import type { VoucherState } from '@jackpot-portal/jackpot-core';

/**
 * The Jackpot state an order stands for, or null while Jackpot has no voucher for it
 * (PENDING: not known yet; FAILED: refused). AWAITING_APPROVAL is a RESERVED voucher that an
 * admin must confirm or cancel.
 */
export function voucherStateOfOrder(status: OrderStatus): VoucherState | null {
  if (status === 'PENDING' || status === 'FAILED') return null;
  if (status === 'AWAITING_APPROVAL') return 'RESERVED';
  return status;
}

export function orderStatusForVoucher(state: VoucherState, needsApproval: boolean): OrderStatus {
  return state === 'RESERVED' && needsApproval ? 'AWAITING_APPROVAL' : state;
}

// The order status facts, in one place for the services and the web app (which imports this file
// as `@jackpot-portal/api/order-status`: type imports only, so it is safe in a browser bundle).

/** Statuses in which the employee can still cancel their own order. */
export const CANCELABLE_STATUSES: readonly OrderStatus[] = ['RESERVED', 'AWAITING_APPROVAL'];

/**
 * Not final: Jackpot (or an admin) may still move the order, and a lost webhook would leave it
 * here for good, so reconciliation fetches these again.
 */
export const IN_FLIGHT_STATUSES: readonly OrderStatus[] = [
  'PENDING',
  'RESERVED',
  'AWAITING_APPROVAL',
  'CONFIRMED',
  'REFUNDING',
];

/**
 * The employee paid the price: the hold was captured and not given back (a refund still being
 * asked, or refused, leaves it paid). What spend figures and "popular at your company" count.
 */
export const SPENT_STATUSES: readonly OrderStatus[] = ['CONFIRMED', 'READY', 'REFUNDING', 'REFUND_REJECTED'];

/** In flight with nobody to wait for: the vouchers page shows progress and keeps refreshing. */
export function isProgressing(status: OrderStatus): boolean {
  return IN_FLIGHT_STATUSES.includes(status) && status !== 'AWAITING_APPROVAL';
}
