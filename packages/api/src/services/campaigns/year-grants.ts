import type { BenefitEvent, YearGrant } from '@jackpot-portal/benefits-rules';
import type { DbClient } from '@jackpot-portal/db';

/** The id the general budget's grants of a year go by in a YearGrant (its event is OTHER, spendable anywhere). */
export const GENERAL_BUDGET_GRANT = 'general';

interface ChildShare {
  childId: string;
  birthYear: number;
  amountCents: number;
}

/** A grant of the year with where it came from: a campaign wallet, or the general budget. */
export interface SourcedYearGrant extends YearGrant {
  campaignId: string | null;
  campaignName: string | null;
}

/**
 * Everything given to these employees in a calendar year, as benefits-rules reads it: each
 * launched or closed campaign of that year is one grant (its wallet's shares as granted, D5: what
 * is given, not what is spent), and the general budget granted in that year, net of take-backs,
 * one more grant for OTHER spendable anywhere (D16: the general budget is vouchers too). Every
 * user asked for has an entry, maybe empty.
 */
export async function loadYearGrants(
  db: DbClient,
  input: { year: number; userIds: readonly string[]; exceptCampaignId?: string },
): Promise<Map<string, SourcedYearGrant[]>> {
  const grants = new Map<string, SourcedYearGrant[]>(input.userIds.map((userId) => [userId, []]));
  if (input.userIds.length === 0) return grants;
  const userIds = [...input.userIds];
  const wallets = await db.$queryRaw<
    {
      id: string;
      userId: string;
      employeeAmountCents: number;
      childShares: ChildShare[] | null;
      event: string;
      allowedCategories: string[];
      campaignId: string;
      campaignName: string;
    }[]
  >`
    SELECT w.id::text AS id, w."userId"::text AS "userId", w."employeeAmountCents", w."childShares",
           c.event, c."allowedCategories", c.id::text AS "campaignId", c.name AS "campaignName"
    FROM wallets w JOIN campaigns c ON c.id = w."campaignId"
    WHERE w."userId" = ANY(${userIds}::uuid[]) AND c.year = ${input.year} AND c.status <> 'DRAFT'
      AND c.id IS DISTINCT FROM ${input.exceptCampaignId ?? null}::uuid
    ORDER BY c."opensAt", c.id`;
  for (const wallet of wallets) {
    grants.get(wallet.userId)!.push({
      id: wallet.id,
      event: wallet.event as BenefitEvent,
      categories: wallet.allowedCategories,
      employeeAmountCents: wallet.employeeAmountCents,
      children: wallet.childShares ?? [],
      campaignId: wallet.campaignId,
      campaignName: wallet.campaignName,
    });
  }
  const general = await db.$queryRaw<{ userId: string; grantedCents: number }[]>`
    SELECT l."userId"::text AS "userId", SUM(l."amountCents")::int AS "grantedCents"
    FROM ledger_entries l JOIN wallets w ON w.id = l."walletId"
    WHERE l."userId" = ANY(${userIds}::uuid[]) AND w."campaignId" IS NULL AND l.kind IN ('GRANT', 'REVOKE')
      AND l."createdAt" >= make_timestamp(${input.year}, 1, 1, 0, 0, 0)
      AND l."createdAt" < make_timestamp(${input.year + 1}, 1, 1, 0, 0, 0)
    GROUP BY l."userId" HAVING SUM(l."amountCents") > 0`;
  for (const row of general) {
    grants.get(row.userId)!.push({
      id: GENERAL_BUDGET_GRANT,
      event: 'OTHER',
      categories: 'ANY',
      employeeAmountCents: row.grantedCents,
      children: [],
      campaignId: null,
      campaignName: null,
    });
  }
  return grants;
}
