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

/** Statuses in which the employee can still cancel their own order. */
export const CANCELABLE_STATUSES: readonly OrderStatus[] = ['RESERVED', 'AWAITING_APPROVAL'];

/** Statuses on the way to READY, during which the page keeps refreshing. */
export const IN_FLIGHT_STATUSES: readonly OrderStatus[] = ['PENDING', 'RESERVED', 'CONFIRMED', 'REFUNDING'];
