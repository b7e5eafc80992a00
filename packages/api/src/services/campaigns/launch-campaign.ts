import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { findCampaignRecipients } from './campaign-recipients';
import { campaignNotDraft } from './update-campaign';

export const launchCampaignInput = z.object({
  campaignId: z.uuid(),
  /** How many employees the admin was shown (the preview's count): refused if that has changed since. */
  expectedEmployees: z.number().int().min(1),
});

/**
 * Launches a draft: one wallet per recipient (their shares as granted: the employee's and each
 * eligible child's), its GRANT entry, the campaign LAUNCHED, and one `campaign.launch` audit row
 * naming every employee — all in one transaction, so a campaign is launched whole or not at all.
 * The status is claimed first (`WHERE status = 'DRAFT'`): two admins launching at once grant once.
 */
export async function launchCampaign(
  deps: { db: Db },
  input: z.infer<typeof launchCampaignInput> & { actor: AuditActor },
) {
  return runTransaction(
    deps.db,
    async (tx) => {
      const exists = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } });
      if (!exists) throw new AppError('NOT_FOUND', 'No such campaign.');
      const claimed = await tx.campaign.updateMany({
        where: { id: input.campaignId, status: 'DRAFT' },
        data: { status: 'LAUNCHED', launchedAt: new Date() },
      });
      if (claimed.count === 0) throw campaignNotDraft();
      const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: input.campaignId } });
      if (campaign.closesAt <= new Date())
        throw new AppError('VALIDATION', 'The closing date has passed: change it before launching.');

      const recipients = await findCampaignRecipients(tx, campaign);
      if (recipients.length === 0)
        throw new AppError('VALIDATION', 'No eligible employee would receive anything from this campaign.');
      if (recipients.length !== input.expectedEmployees)
        throw new AppError(
          'CONFLICT',
          `The campaign now gives to ${recipients.length} employees, not ${input.expectedEmployees}: nothing was granted. Check the preview again.`,
        );

      const wallets = recipients.map((recipient) => ({
        id: randomUUID(),
        userId: recipient.userId,
        campaignId: campaign.id,
        employeeAmountCents: recipient.amount.employeeAmountCents,
        childShares: recipient.amount.children.map(({ childId, birthYear, amountCents }) => ({
          childId,
          birthYear,
          amountCents,
        })),
        totalCents: recipient.amount.totalCents,
      }));
      await tx.wallet.createMany({ data: wallets.map(({ totalCents: _total, ...wallet }) => wallet) });
      await tx.ledgerEntry.createMany({
        data: wallets.map((wallet) => ({
          userId: wallet.userId,
          walletId: wallet.id,
          kind: 'GRANT' as const,
          amountCents: wallet.totalCents,
          reason: campaign.name,
          grantedById: input.actor.id,
        })),
      });
      const totalCents = wallets.reduce((sum, wallet) => sum + wallet.totalCents, 0);
      await recordAudit(tx, input.actor, {
        action: 'campaign.launch',
        targetType: 'campaign',
        targetId: campaign.id,
        before: { status: 'DRAFT' },
        after: { status: 'LAUNCHED' },
        data: { employees: wallets.length, totalCents, userIds: wallets.map((wallet) => wallet.userId) },
      });
      return { campaignId: campaign.id, employees: wallets.length, totalCents };
    },
    { timeoutMs: 120_000, attempts: 2 },
  );
}
