import {
  type BenefitEvent,
  campaignAmountForEmployee,
  type DeclaredChild,
  type EmployeeCampaignAmount,
} from '@jackpot-portal/benefits-rules';
import { type Campaign, type DbClient, Prisma } from '@jackpot-portal/db';

import { balanceJoin, employeesWhere } from '../users/list-employees';
import { campaignEligibility } from './campaign-fields';

export interface CampaignRecipient {
  userId: string;
  email: string;
  name: string | null;
  children: DeclaredChild[];
  amount: EmployeeCampaignAmount;
}

/**
 * Who a campaign gives to, and how much, now: the enabled employees its eligibility selects, each
 * with their declared children, the amount from benefits-rules (the per-child amount only for the
 * children the event's age rule admits in the campaign's year). Employees it would give nothing
 * (back to school without a child of school age) are left out. By email.
 */
export async function findCampaignRecipients(db: DbClient, campaign: Campaign): Promise<CampaignRecipient[]> {
  const eligibility = campaignEligibility.parse(campaign.eligibility);
  const where =
    eligibility.kind === 'ALL'
      ? Prisma.sql`TRUE`
      : eligibility.kind === 'FILTER'
        ? employeesWhere(eligibility.filters)
        : Prisma.sql`u.id = ANY(${eligibility.userIds}::uuid[])`;
  const users = await db.$queryRaw<{ id: string; email: string; name: string | null }[]>`
    SELECT u.id::text AS id, u.email, u.name FROM users u ${balanceJoin}
    WHERE ${where} AND NOT u.disabled ORDER BY u.email`;
  const children = await db.child.findMany({
    where: { userId: { in: users.map((user) => user.id) } },
    orderBy: [{ birthYear: 'asc' }, { createdAt: 'asc' }],
  });
  const childrenOf = new Map<string, typeof children>();
  for (const child of children) childrenOf.set(child.userId, [...(childrenOf.get(child.userId) ?? []), child]);
  const terms = {
    event: campaign.event as BenefitEvent,
    year: campaign.year,
    employeeAmountCents: campaign.employeeAmountCents,
    perChildAmountCents: campaign.perChildAmountCents,
  };
  return users.flatMap((user) => {
    const declared = (childrenOf.get(user.id) ?? []).map((child) => ({
      childId: child.id,
      birthYear: child.birthYear,
    }));
    const amount = campaignAmountForEmployee(terms, declared);
    if (amount.totalCents === 0) return [];
    return [{ userId: user.id, email: user.email, name: user.name, children: declared, amount }];
  });
}
