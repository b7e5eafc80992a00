import type { DbClient } from '@jackpot-portal/db';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';

import { getPayrollReport, getPayrollReportInput } from '../campaigns/get-payroll-report';
import { CSV_BOM, CSV_DELIMITER, csvEuros } from './csv-format';

export const exportPayrollCsvInput = getPayrollReportInput;

const BATCH = 2_000;

/**
 * The payroll report as CSV for the payroll office: one line per employee — for a campaign, its
 * granted, spent, exempt and to-declare amounts first — then granted and spent per event of the
 * year (`granted_CHRISTMAS_eur`…, GENERAL for the general budget), and the year's total, exempt
 * amount and amount to declare. The report is computed whole (every grant of each employee's year
 * counts), then written 2,000 lines at a time.
 */
export async function* exportPayrollCsv(
  deps: { db: DbClient },
  rawInput: z.input<typeof exportPayrollCsvInput>,
): AsyncGenerator<string> {
  const report = await getPayrollReport(deps, exportPayrollCsvInput.parse(rawInput));
  const campaignColumns = report.campaign
    ? ['campaign', 'campaign_granted_eur', 'campaign_spent_eur', 'campaign_exempt_eur', 'campaign_to_declare_eur']
    : [];
  const header = [
    'employee_email',
    'employee_name',
    'year',
    ...campaignColumns,
    ...report.events.flatMap((event) => [`granted_${event}_eur`, `spent_${event}_eur`]),
    'year_granted_eur',
    'year_exempt_eur',
    'year_to_declare_eur',
  ];
  yield CSV_BOM + stringify([header], { delimiter: CSV_DELIMITER });
  for (let start = 0; start < report.rows.length; start += BATCH) {
    yield stringify(
      report.rows.slice(start, start + BATCH).map((row) => {
        const byEvent = new Map(row.events.map((amounts) => [amounts.event, amounts]));
        const campaign =
          report.campaign && row.campaign
            ? [
                report.campaign.name,
                csvEuros(row.campaign.grantedCents),
                csvEuros(row.campaign.spentCents),
                csvEuros(row.campaign.exemptCents),
                csvEuros(row.campaign.toDeclareCents),
              ]
            : [];
        return [
          row.email,
          row.name ?? '',
          String(report.year),
          ...campaign,
          ...report.events.flatMap((event) => [
            csvEuros(byEvent.get(event)?.grantedCents ?? 0),
            csvEuros(byEvent.get(event)?.spentCents ?? 0),
          ]),
          csvEuros(row.yearGrantedCents),
          csvEuros(row.yearExemptCents),
          csvEuros(row.yearToDeclareCents),
        ];
      }),
      { delimiter: CSV_DELIMITER },
    );
  }
}
