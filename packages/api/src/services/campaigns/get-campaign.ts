import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { campaignEligibility, campaignWarnings } from './campaign-fields';
import { campaignFigures } from './list-campaigns';

export const getCampaignInput = z.object({ campaignId: z.uuid() });

/** One campaign with its eligibility read back, its warnings and its figures. */
export async function getCampaign(deps: { db: DbClient }, input: z.infer<typeof getCampaignInput>) {
  const campaign = await deps.db.campaign.findUnique({
    where: { id: input.campaignId },
    include: { createdBy: { select: { name: true, email: true } } },
  });
  if (!campaign) throw new AppError('NOT_FOUND', 'No such campaign.');
  const figures = await campaignFigures(deps.db, [campaign.id]);
  return {
    ...campaign,
    eligibility: campaignEligibility.parse(campaign.eligibility),
    warnings: campaignWarnings(campaign),
    figures: figures.get(campaign.id) ?? {
      employees: 0,
      grantedCents: 0,
      spentCents: 0,
      leftCents: 0,
      expiredCents: 0,
    },
  };
}
