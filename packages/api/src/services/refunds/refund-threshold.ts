import type { Db, DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

export const REFUND_THRESHOLD_KEY = 'refund.fourEyesThresholdCents';
/** Refunds of vouchers priced above this need a second admin unless the setting says otherwise (100 €). */
export const DEFAULT_REFUND_THRESHOLD_CENTS = 10_000;

export async function refundThresholdCents({ db }: { db: DbClient }): Promise<number> {
  const setting = await db.setting.findUnique({ where: { key: REFUND_THRESHOLD_KEY } });
  return typeof setting?.value === 'number' ? setting.value : DEFAULT_REFUND_THRESHOLD_CENTS;
}

export const setRefundThresholdInput = z.object({ thresholdCents: z.number().int().min(0).max(10_000_000) });

/** Refunds above this price need a second admin; the change and its audit row are one transaction. */
export async function setRefundThreshold(
  deps: { db: Db },
  input: z.infer<typeof setRefundThresholdInput> & { actor: AuditActor },
) {
  return runTransaction(deps.db, async (tx) => {
    const previousCents = await refundThresholdCents({ db: tx });
    await tx.setting.upsert({
      where: { key: REFUND_THRESHOLD_KEY },
      create: { key: REFUND_THRESHOLD_KEY, value: input.thresholdCents },
      update: { value: input.thresholdCents },
    });
    await recordAudit(tx, input.actor, {
      action: 'settings.refund-threshold',
      targetType: 'setting',
      targetId: REFUND_THRESHOLD_KEY,
      before: { thresholdCents: previousCents },
      after: { thresholdCents: input.thresholdCents },
    });
    return { thresholdCents: input.thresholdCents, previousCents };
  });
}
