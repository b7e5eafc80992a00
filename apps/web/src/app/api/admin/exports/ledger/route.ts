import { exportLedgerCsv } from '@jackpot-portal/api';
import type { NextRequest } from 'next/server';

import { db } from '~/server/db';
import { adminCsvResponse } from '~/server/exports/csv-response';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The budget ledger as CSV: `?user=<id>` or `?email=<address>` for one employee's, else everybody's.
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const user = params.get('user');
  const email = params.get('email')?.trim();
  return adminCsvResponse('ledger', () =>
    exportLedgerCsv({ db }, { ...(user && UUID.test(user) ? { userId: user } : {}), ...(email ? { email } : {}) }),
  );
}
