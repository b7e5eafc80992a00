import type { Db } from '@jackpot-portal/db';
import type { z } from 'zod';

import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { campaignFields, campaignWarnings, checkCampaignFields } from './campaign-fields';

export const createCampaignInput = campaignFields;

/** A new campaign, as a draft (nothing granted), with its `campaign.create` audit row; warnings when a category breaks the event's rule. */
export async function createCampaign(
  deps: { db: Db },
  input: z.infer<typeof createCampaignInput> & { actor: AuditActor },
) {
  const fields = checkCampaignFields(input);
  const campaign = await runTransaction(deps.db, async (tx) => {
    const created = await tx.campaign.create({ data: { ...fields, createdById: input.actor.id } });
    await recordAudit(tx, input.actor, {
      action: 'campaign.create',
      targetType: 'campaign',
      targetId: created.id,
      after: auditedFields(created),
    });
    return created;
  });
  return { campaign, warnings: campaignWarnings(campaign) };
}

/** A campaign's fields as the audit trail keeps them. */
export function auditedFields(campaign: {
  name: string;
  event: string;
  year: number;
  employeeAmountCents: number;
  perChildAmountCents: number;
  eligibility: unknown;
  opensAt: Date;
  closesAt: Date;
  allowedCategories: string[];
}) {
  return {
    name: campaign.name,
    event: campaign.event,
    year: campaign.year,
    employeeAmountCents: campaign.employeeAmountCents,
    perChildAmountCents: campaign.perChildAmountCents,
    eligibility: campaign.eligibility as object,
    opensAt: campaign.opensAt.toISOString(),
    closesAt: campaign.closesAt.toISOString(),
    allowedCategories: campaign.allowedCategories,
  };
}
