import type { DbClient } from '@jackpot-portal/db';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';

import { findOrdersPage, listAllOrdersInput } from '../orders/list-all-orders';
import { CSV_BOM, CSV_DELIMITER, csvDate, csvEuros } from './csv-format';

/** The vouchers table's filters and order (admin.listOrders), without its page. */
export const exportOrdersCsvInput = listAllOrdersInput.omit({ cursor: true, limit: true });

const BATCH = 2_000;
const HEADER = [
  'order_id',
  'created_at',
  'status',
  'employee_email',
  'employee_name',
  'store',
  'offer',
  'rate_percent',
  'value_eur',
  'price_eur',
  'needs_approval',
  'coupon_id',
  'jackpot_voucher_id',
];

/**
 * The filtered vouchers table as CSV, in chunks: read by keyset in batches of 2,000 rows (the
 * table's own query and order), so memory stays the same at 1,000,000 rows and the first bytes
 * leave before the last rows are read.
 */
export async function* exportOrdersCsv(
  deps: { db: DbClient },
  rawInput: z.input<typeof exportOrdersCsvInput>,
): AsyncGenerator<string> {
  const input = listAllOrdersInput.parse({ ...exportOrdersCsvInput.parse(rawInput), limit: 1 });
  yield CSV_BOM + stringify([HEADER], { delimiter: CSV_DELIMITER });
  let cursor: string | null = null;
  do {
    const page = await findOrdersPage(deps.db, { ...input, cursor }, BATCH);
    yield stringify(
      page.orders.map((order) => [
        order.id,
        csvDate(order.createdAt),
        order.status,
        order.user.email,
        order.user.name ?? '',
        order.storeName,
        order.mode,
        (order.rateBasisPoints / 100).toFixed(2).replace('.', ','),
        csvEuros(order.valueCents),
        csvEuros(order.priceCents),
        order.needsApproval ? 'yes' : 'no',
        order.couponId ?? '',
        order.jackpotVoucherId ?? '',
      ]),
      { delimiter: CSV_DELIMITER },
    );
    cursor = page.nextCursor;
  } while (cursor);
}
