import { computeYearExemption } from '@jackpot-portal/benefits-rules';
import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { requireYearFigures } from './campaign-fields';
import { GENERAL_BUDGET_GRANT, loadYearGrants } from './year-grants';

export const getPayrollReportInput = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    campaignId: z.uuid().optional(),
  })
  .refine((input) => input.year !== undefined || input.campaignId !== undefined, 'A year or a campaign.');

/** The general budget's key among a row's events. */
export const GENERAL_BUDGET_EVENT = 'GENERAL';

export interface PayrollEventAmounts {
  /** A benefits-rules event, or GENERAL for the general budget. */
  event: string;
  grantedCents: number;
  spentCents: number;
}

export interface PayrollRow {
  userId: string;
  email: string;
  name: string | null;
  /** Per event of the year (campaigns of one event together; GENERAL: the general budget granted that year). */
  events: PayrollEventAmounts[];
  yearGrantedCents: number;
  yearExemptCents: number;
  yearToDeclareCents: number;
  /** For a campaign's report: that campaign's part. */
  campaign: { grantedCents: number; spentCents: number; exemptCents: number; toDeclareCents: number } | null;
}

/**
 * The payroll report of a year, or of one campaign (its year): per employee, granted and spent per
 * event, the year's total, the exempt amount and the amount to declare on the payslip, computed by
 * benefits-rules over every grant of the employee's year (a campaign's report still judges the
 * whole year: the exemption depends on it). Spent: the price of the vouchers paid from it (holds
 * not given back nor refunded; the general budget's, those of the year). Sorted by email, with
 * totals.
 */
export async function getPayrollReport(deps: { db: DbClient }, input: z.infer<typeof getPayrollReportInput>) {
  const { db } = deps;
  let year = input.year;
  let campaign: { id: string; name: string; event: string; year: number } | null = null;
  if (input.campaignId) {
    campaign = await db.campaign.findUnique({
      where: { id: input.campaignId },
      select: { id: true, name: true, event: true, year: true },
    });
    if (!campaign) throw new AppError('NOT_FOUND', 'No such campaign.');
    year = campaign.year;
  }
  const reportYear = year!;
  requireYearFigures(reportYear);
  const campaignId = campaign?.id ?? null;
  // A campaign's report: the employees with its wallet. A year's: everyone given something that year.
  const users = await db.$queryRaw<{ id: string; email: string; name: string | null }[]>`
    SELECT u.id::text AS id, u.email, u.name FROM users u
    WHERE u.id IN (
      SELECT w."userId" FROM wallets w JOIN campaigns c ON c.id = w."campaignId"
      WHERE c.year = ${reportYear} AND c.status <> 'DRAFT' AND (${campaignId}::uuid IS NULL OR c.id = ${campaignId}::uuid)
      UNION
      SELECT l."userId" FROM ledger_entries l JOIN wallets w ON w.id = l."walletId"
      WHERE ${campaignId}::uuid IS NULL AND w."campaignId" IS NULL AND l.kind IN ('GRANT', 'REVOKE')
        AND l."createdAt" >= make_timestamp(${reportYear}, 1, 1, 0, 0, 0)
        AND l."createdAt" < make_timestamp(${reportYear + 1}, 1, 1, 0, 0, 0)
    )
    ORDER BY u.email`;
  const userIds = users.map((user) => user.id);
  const grants = await loadYearGrants(db, { year: reportYear, userIds });
  const spent = await spentInYear(db, reportYear, userIds);

  const rows: PayrollRow[] = users.map((user) => {
    const userGrants = grants.get(user.id) ?? [];
    const result = computeYearExemption(reportYear, userGrants);
    const events = new Map<string, PayrollEventAmounts>();
    let campaignPart: PayrollRow['campaign'] = null;
    for (const grant of userGrants) {
      const judged = result.grants.find((candidate) => candidate.grantId === grant.id)!;
      const spentCents =
        grant.id === GENERAL_BUDGET_GRANT ? (spent.general.get(user.id) ?? 0) : (spent.wallets.get(grant.id) ?? 0);
      const key = grant.campaignId ? grant.event : GENERAL_BUDGET_EVENT;
      const amounts = events.get(key) ?? { event: key, grantedCents: 0, spentCents: 0 };
      amounts.grantedCents += judged.grantedCents;
      amounts.spentCents += spentCents;
      events.set(key, amounts);
      if (campaign && grant.campaignId === campaign.id)
        campaignPart = {
          grantedCents: judged.grantedCents,
          spentCents,
          exemptCents: judged.exemptCents,
          toDeclareCents: judged.toDeclareCents,
        };
    }
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      events: [...events.values()],
      yearGrantedCents: result.grantedCents,
      yearExemptCents: result.exemptCents,
      yearToDeclareCents: result.toDeclareCents,
      campaign: campaignPart,
    };
  });
  const sum = (pick: (row: PayrollRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    year: reportYear,
    campaign,
    /** Every event that has a column, in a stable order: the campaigns' events, then GENERAL. */
    events: [...new Set(rows.flatMap((row) => row.events.map((amounts) => amounts.event)))].sort((a, b) =>
      a === GENERAL_BUDGET_EVENT ? 1 : b === GENERAL_BUDGET_EVENT ? -1 : a.localeCompare(b),
    ),
    totals: {
      employees: rows.length,
      yearGrantedCents: sum((row) => row.yearGrantedCents),
      yearSpentCents: sum((row) => row.events.reduce((spent, amounts) => spent + amounts.spentCents, 0)),
      yearExemptCents: sum((row) => row.yearExemptCents),
      yearToDeclareCents: sum((row) => row.yearToDeclareCents),
      campaignGrantedCents: sum((row) => row.campaign?.grantedCents ?? 0),
      campaignSpentCents: sum((row) => row.campaign?.spentCents ?? 0),
      campaignExemptCents: sum((row) => row.campaign?.exemptCents ?? 0),
      campaignToDeclareCents: sum((row) => row.campaign?.toDeclareCents ?? 0),
    },
    rows,
  };
}

/** What was spent: per campaign wallet of the year, and per employee from the general budget in the year. */
async function spentInYear(db: DbClient, year: number, userIds: string[]) {
  const wallets = await db.$queryRaw<{ walletId: string; spentCents: number }[]>`
    SELECT w.id::text AS "walletId", (-COALESCE(SUM(l."amountCents"), 0))::int AS "spentCents"
    FROM wallets w JOIN campaigns c ON c.id = w."campaignId"
    JOIN ledger_entries l ON l."walletId" = w.id AND l.kind IN ('HOLD', 'RELEASE', 'REFUND')
    WHERE w."userId" = ANY(${userIds}::uuid[]) AND c.year = ${year}
    GROUP BY w.id`;
  const general = await db.$queryRaw<{ userId: string; spentCents: number }[]>`
    SELECT l."userId"::text AS "userId", (-COALESCE(SUM(l."amountCents"), 0))::int AS "spentCents"
    FROM ledger_entries l JOIN wallets w ON w.id = l."walletId"
    WHERE l."userId" = ANY(${userIds}::uuid[]) AND w."campaignId" IS NULL AND l.kind IN ('HOLD', 'RELEASE', 'REFUND')
      AND l."createdAt" >= make_timestamp(${year}, 1, 1, 0, 0, 0)
      AND l."createdAt" < make_timestamp(${year + 1}, 1, 1, 0, 0, 0)
    GROUP BY l."userId"`;
  return {
    wallets: new Map(wallets.map((row) => [row.walletId, row.spentCents])),
    general: new Map(general.map((row) => [row.userId, row.spentCents])),
  };
}
