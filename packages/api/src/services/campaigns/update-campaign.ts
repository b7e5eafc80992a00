import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { campaignFields, campaignWarnings, checkCampaignFields } from './campaign-fields';
import { auditedFields } from './create-campaign';

export const updateCampaignInput = campaignFields.extend({ campaignId: z.uuid() });

/** Changes a draft (all its fields at once), guarded by its status, with a `campaign.update` audit row. */
export async function updateCampaign(
  deps: { db: Db },
  input: z.infer<typeof updateCampaignInput> & { actor: AuditActor },
) {
  const fields = checkCampaignFields(input);
  const campaign = await runTransaction(deps.db, async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: input.campaignId } });
    if (!before) throw new AppError('NOT_FOUND', 'No such campaign.');
    const updated = await tx.campaign.updateMany({ where: { id: input.campaignId, status: 'DRAFT' }, data: fields });
    if (updated.count === 0) throw campaignNotDraft();
    const after = await tx.campaign.findUniqueOrThrow({ where: { id: input.campaignId } });
    await recordAudit(tx, input.actor, {
      action: 'campaign.update',
      targetType: 'campaign',
      targetId: input.campaignId,
      before: auditedFields(before),
      after: auditedFields(after),
    });
    return after;
  });
  return { campaign, warnings: campaignWarnings(campaign) };
}

export function campaignNotDraft(): AppError {
  return new AppError('CAMPAIGN_NOT_DRAFT', 'This campaign has already been launched: it can no longer be changed.');
}
