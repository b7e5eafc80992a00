import type { Db, DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

/** An amount in cents an admin can change, stored in `settings` under `key`. */
export interface CentsSetting {
  key: string;
  /** What applies while no admin has set it. */
  defaultCents: number;
  /** The audit row's action when an admin changes it. */
  auditAction: `settings.${string}`;
}

export const setCentsSettingInput = z.object({ thresholdCents: z.number().int().min(0).max(10_000_000) });

export async function readCentsSetting(db: DbClient, setting: CentsSetting): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: setting.key } });
  return typeof row?.value === 'number' ? row.value : setting.defaultCents;
}

/** Sets the amount; the change and its audit row (before and after) are one transaction. */
export async function writeCentsSetting(
  deps: { db: Db },
  setting: CentsSetting,
  input: z.infer<typeof setCentsSettingInput> & { actor: AuditActor },
) {
  return runTransaction(deps.db, async (tx) => {
    const previousCents = await readCentsSetting(tx, setting);
    await tx.setting.upsert({
      where: { key: setting.key },
      create: { key: setting.key, value: input.thresholdCents },
      update: { value: input.thresholdCents },
    });
    await recordAudit(tx, input.actor, {
      action: setting.auditAction,
      targetType: 'setting',
      targetId: setting.key,
      before: { thresholdCents: previousCents },
      after: { thresholdCents: input.thresholdCents },
    });
    return { thresholdCents: input.thresholdCents, previousCents };
  });
}
