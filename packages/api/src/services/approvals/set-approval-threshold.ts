import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { type AuditActor, recordAudit } from '../audit/record-audit';
import { APPROVAL_THRESHOLD_KEY, approvalThresholdCents } from '../orders/confirmation-policy';
import { runTransaction } from '../system/run-transaction';

export const setApprovalThresholdInput = z.object({ thresholdCents: z.number().int().min(0).max(10_000_000) });

/** Vouchers priced above this wait for an admin; the change and its audit row are one transaction. */
export async function setApprovalThreshold(
  deps: { db: Db },
  input: z.infer<typeof setApprovalThresholdInput> & { actor: AuditActor },
) {
  return runTransaction(deps.db, async (tx) => {
    const previousCents = await approvalThresholdCents({ db: tx });
    await tx.setting.upsert({
      where: { key: APPROVAL_THRESHOLD_KEY },
      create: { key: APPROVAL_THRESHOLD_KEY, value: input.thresholdCents },
      update: { value: input.thresholdCents },
    });
    await recordAudit(tx, input.actor, {
      action: 'settings.approval-threshold',
      targetType: 'setting',
      targetId: APPROVAL_THRESHOLD_KEY,
      before: { thresholdCents: previousCents },
      after: { thresholdCents: input.thresholdCents },
    });
    return { thresholdCents: input.thresholdCents, previousCents };
  });
}
