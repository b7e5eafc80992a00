import { exportPayrollCsv } from '@jackpot-portal/api';
import type { NextRequest } from 'next/server';

import { db } from '~/server/db';
import { adminCsvResponse } from '~/server/exports/csv-response';

export const dynamic = 'force-dynamic';

// The payroll report as CSV: `?year=2026` for a year, `?campaign=<id>` for one campaign (its year).
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const year = params.get('year');
  const campaign = params.get('campaign');
  return adminCsvResponse(campaign ? 'payroll-campaign' : `payroll-${year ?? ''}`, () =>
    exportPayrollCsv(
      { db },
      { ...(year ? { year: Number(year) } : {}), ...(campaign ? { campaignId: campaign } : {}) },
    ),
  );
}
