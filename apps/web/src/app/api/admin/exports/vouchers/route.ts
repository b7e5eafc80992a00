import { exportOrdersCsv } from '@jackpot-portal/api';
import type { NextRequest } from 'next/server';

import { parseVoucherFilters } from '~/components/admin/vouchers/voucher-filters-url';
import { db } from '~/server/db';
import { adminCsvResponse } from '~/server/exports/csv-response';

export const dynamic = 'force-dynamic';

// The vouchers table as CSV, with the filters and order of its URL (same query string).
export function GET(request: NextRequest) {
  const filters = parseVoucherFilters(request.nextUrl.searchParams);
  return adminCsvResponse('vouchers', () => exportOrdersCsv({ db }, filters));
}
