import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { campaignWarnings } from './campaign-fields';

export const listCampaignsInput = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  status: z.enum(['DRAFT', 'LAUNCHED', 'CLOSED']).optional(),
});

/**
 * The campaigns, newest year first, each with its figures: employees with a wallet, granted,
 * spent (vouchers' prices not given back), left in the wallets, and expired back to the programme.
 */
export async function listCampaigns(deps: { db: DbClient }, input: z.infer<typeof listCampaignsInput>) {
  const campaigns = await deps.db.campaign.findMany({
    where: { year: input.year, status: input.status },
    orderBy: [{ year: 'desc' }, { opensAt: 'desc' }, { id: 'asc' }],
    take: 500,
  });
  const figures = await campaignFigures(
    deps.db,
    campaigns.map((campaign) => campaign.id),
  );
  return campaigns.map((campaign) => ({
    ...campaign,
    warnings: campaignWarnings(campaign),
    figures: figures.get(campaign.id) ?? EMPTY_FIGURES,
  }));
}

export interface CampaignFigures {
  employees: number;
  grantedCents: number;
  spentCents: number;
  leftCents: number;
  expiredCents: number;
}

const EMPTY_FIGURES: CampaignFigures = { employees: 0, grantedCents: 0, spentCents: 0, leftCents: 0, expiredCents: 0 };

export async function campaignFigures(db: DbClient, campaignIds: string[]): Promise<Map<string, CampaignFigures>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(CampaignFigures & { campaignId: string })[]>`
    SELECT w."campaignId"::text AS "campaignId", COUNT(DISTINCT w.id)::int AS employees,
           COALESCE(SUM(l."amountCents") FILTER (WHERE l.kind = 'GRANT'), 0)::int AS "grantedCents",
           (-COALESCE(SUM(l."amountCents") FILTER (WHERE l.kind IN ('HOLD', 'RELEASE', 'REFUND')), 0))::int AS "spentCents",
           COALESCE(SUM(l."amountCents"), 0)::int AS "leftCents",
           (-COALESCE(SUM(l."amountCents") FILTER (WHERE l.kind = 'EXPIRE'), 0))::int AS "expiredCents"
    FROM wallets w LEFT JOIN ledger_entries l ON l."walletId" = w.id
    WHERE w."campaignId" = ANY(${campaignIds}::uuid[])
    GROUP BY w."campaignId"`;
  return new Map(rows.map(({ campaignId, ...figures }) => [campaignId, figures]));
}
