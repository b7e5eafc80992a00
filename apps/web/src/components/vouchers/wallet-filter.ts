import { IN_FLIGHT_STATUSES } from '@jackpot-portal/api/order-status';

import type { OrderView } from './status';

/** The wallet's filters, in the order of the tabs ("all" first, the default). */
export const WALLET_FILTERS = ['all', 'toUse', 'inProgress', 'used', 'expired'] as const;
export type WalletFilter = (typeof WALLET_FILTERS)[number];

export function isWalletFilter(value: unknown): value is WalletFilter {
  return typeof value === 'string' && (WALLET_FILTERS as readonly string[]).includes(value);
}

/** A ready voucher expiring within this many days gets a reminder. */
export const EXPIRY_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

type WalletOrder = Pick<OrderView, 'status' | 'usedAt' | 'validityDate'>;

/**
 * Where a voucher sits in the wallet: ready and not marked used → to use (or expired once its
 * validity date has passed); marked used → used; on its way or waiting for an admin → in
 * progress; anything else (refused, canceled, refunded) only under "all".
 */
export function walletGroup(order: WalletOrder, now: Date): Exclude<WalletFilter, 'all'> | null {
  if (order.status === 'READY') {
    if (order.usedAt) return 'used';
    return order.validityDate && new Date(order.validityDate) < now ? 'expired' : 'toUse';
  }
  if (IN_FLIGHT_STATUSES.includes(order.status)) return 'inProgress';
  return null;
}

export function matchesWalletFilter(order: WalletOrder, filter: WalletFilter, now: Date): boolean {
  return filter === 'all' || walletGroup(order, now) === filter;
}

/** Whole days left before a ready, unused voucher expires, when it is within the reminder window. */
export function daysBeforeExpiry(order: WalletOrder, now: Date): number | null {
  if (walletGroup(order, now) !== 'toUse' || !order.validityDate) return null;
  const days = Math.ceil((new Date(order.validityDate).getTime() - now.getTime()) / DAY_MS);
  return days <= EXPIRY_REMINDER_DAYS ? days : null;
}
