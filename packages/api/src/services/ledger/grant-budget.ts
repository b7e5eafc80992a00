import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

export const grantBudgetInput = z.object({
  userId: z.uuid(),
  amountCents: z.number().int().positive().max(10_000_000),
  reason: z.string().trim().min(3).max(200),
});
export type GrantBudgetInput = z.infer<typeof grantBudgetInput>;

/** Adds budget to an employee's ledger, with its audit row in the same transaction. */
export async function grantBudget(deps: { db: Db }, input: GrantBudgetInput & { actor: AuditActor }) {
  return runTransaction(deps.db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true } });
    if (!user) throw new AppError('NOT_FOUND', 'No such employee.');
    if (user.disabled) throw new AppError('CONFLICT', 'This employee is disabled.');
    const entry = await tx.ledgerEntry.create({
      data: {
        userId: input.userId,
        kind: 'GRANT',
        amountCents: input.amountCents,
        reason: input.reason,
        grantedById: input.actor.id,
      },
    });
    await recordAudit(tx, input.actor, {
      action: 'budget.grant',
      targetType: 'user',
      targetId: input.userId,
      data: { amountCents: input.amountCents, reason: input.reason, entryId: entry.id },
    });
    return entry;
  });
}
