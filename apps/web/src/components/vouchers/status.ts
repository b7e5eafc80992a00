import type { RouterOutputs } from '@jackpot-portal/api';
import { isProgressing } from '@jackpot-portal/api/order-status';

export type OrderView = RouterOutputs['orders']['list'][number];
export type OrderStatus = OrderView['status'];

/** The steps a voucher normally goes through, in order. */
export const HAPPY_PATH: readonly OrderStatus[] = ['PENDING', 'RESERVED', 'CONFIRMED', 'READY'];

export type Tone = 'progress' | 'waiting' | 'success' | 'danger' | 'neutral';

export const STATUS_TONE: Record<OrderStatus, Tone> = {
  PENDING: 'progress',
  RESERVED: 'progress',
  AWAITING_APPROVAL: 'waiting',
  CONFIRMED: 'progress',
  READY: 'success',
  CANCELED: 'neutral',
  FAILED: 'danger',
  REFUNDING: 'waiting',
  REFUNDED: 'neutral',
  REFUND_REJECTED: 'danger',
};

export interface TimelineStep {
  status: OrderStatus;
  at: Date | null;
  state: 'done' | 'current' | 'upcoming';
}

/**
 * The timeline of an order: the statuses it reached (from its events, in order), then, while
 * it is on its way, the steps still to come.
 */
export function timelineOf(order: Pick<OrderView, 'status' | 'events' | 'needsApproval'>): TimelineStep[] {
  const reached: TimelineStep[] = [];
  for (const event of order.events) {
    if (reached.at(-1)?.status === event.status) continue;
    reached.push({ status: event.status, at: new Date(event.createdAt), state: 'done' });
  }
  const last = reached.at(-1);
  if (last) last.state = order.status === 'READY' || !isProgressing(order.status) ? 'done' : 'current';
  if (!isProgressing(order.status) && order.status !== 'AWAITING_APPROVAL') return reached;
  if (last && order.status === 'AWAITING_APPROVAL') last.state = 'current';
  const position = HAPPY_PATH.indexOf(order.status === 'AWAITING_APPROVAL' ? 'RESERVED' : order.status);
  if (position < 0) return reached;
  const upcoming = HAPPY_PATH.slice(position + 1).map((status): TimelineStep => ({
    status,
    at: null,
    state: 'upcoming',
  }));
  return [...reached, ...upcoming];
}
