import type { RouterInputs } from '@jackpot-portal/api';

export type VoucherListInput = RouterInputs['admin']['listOrders'];

export const ORDER_STATUSES = [
  'PENDING',
  'FAILED',
  'RESERVED',
  'AWAITING_APPROVAL',
  'CONFIRMED',
  'READY',
  'CANCELED',
  'REFUNDING',
  'REFUNDED',
  'REFUND_REJECTED',
] as const;
export type OrderStatusFilter = (typeof ORDER_STATUSES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The vouchers table's filters and sort as the URL holds them (`?status=READY&status=CANCELED&
 * store=…&q=…&sort=priceCents&dir=asc`): a link or a reload shows the same table. Anything
 * malformed is dropped rather than refused.
 */
export function parseVoucherFilters(params: URLSearchParams): Omit<VoucherListInput, 'cursor' | 'limit'> {
  const status = params
    .getAll('status')
    .filter((value): value is OrderStatusFilter => (ORDER_STATUSES as readonly string[]).includes(value));
  const store = params.get('store');
  const user = params.get('user');
  const mode = params.get('mode');
  const approval = params.get('approval');
  const from = params.get('from');
  const to = params.get('to');
  const sort = params.get('sort');
  const dir = params.get('dir');
  return {
    ...(status.length ? { status } : {}),
    ...(store && UUID.test(store) ? { storeId: store } : {}),
    ...(user && UUID.test(user) ? { userId: user } : {}),
    ...(mode === 'BONUS' || mode === 'DISCOUNT' ? { mode } : {}),
    ...(approval === 'yes' || approval === 'no' ? { needsApproval: approval === 'yes' } : {}),
    ...(from && DATE.test(from) ? { from } : {}),
    ...(to && DATE.test(to) ? { to } : {}),
    ...(params.get('q')?.trim() ? { q: params.get('q')!.trim().slice(0, 200) } : {}),
    sort: sort === 'priceCents' ? 'priceCents' : 'createdAt',
    dir: dir === 'asc' ? 'asc' : 'desc',
  };
}

/** The URL query of a set of filters (the defaults left out). */
export function voucherFiltersQuery(filters: Omit<VoucherListInput, 'cursor' | 'limit'>): string {
  const params = new URLSearchParams();
  for (const status of filters.status ?? []) params.append('status', status);
  if (filters.storeId) params.set('store', filters.storeId);
  if (filters.userId) params.set('user', filters.userId);
  if (filters.mode) params.set('mode', filters.mode);
  if (filters.needsApproval !== undefined) params.set('approval', filters.needsApproval ? 'yes' : 'no');
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort && filters.sort !== 'createdAt') params.set('sort', filters.sort);
  if (filters.dir && filters.dir !== 'desc') params.set('dir', filters.dir);
  const query = params.toString();
  return query ? `?${query}` : '';
}
