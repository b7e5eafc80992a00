import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { auditedFields } from './create-campaign';
import { campaignNotDraft } from './update-campaign';

export const deleteCampaignInput = z.object({ campaignId: z.uuid() });

/** Deletes a draft (a launched campaign has wallets and stays), with a `campaign.delete` audit row. */
export async function deleteCampaign(
  deps: { db: Db },
  input: z.infer<typeof deleteCampaignInput> & { actor: AuditActor },
) {
  await runTransaction(deps.db, async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: input.campaignId } });
    if (!before) throw new AppError('NOT_FOUND', 'No such campaign.');
    const deleted = await tx.campaign.deleteMany({ where: { id: input.campaignId, status: 'DRAFT' } });
    if (deleted.count === 0) throw campaignNotDraft();
    await recordAudit(tx, input.actor, {
      action: 'campaign.delete',
      targetType: 'campaign',
      targetId: input.campaignId,
      before: auditedFields(before),
      after: null,
    });
  });
  return { deleted: true };
}
