import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { runTransaction } from '../system/run-transaction';

export const grantBudgetInput = z.object({
  userId: z.uuid(),
  amountCents: z.number().int().positive().max(10_000_000),
  reason: z.string().trim().min(3).max(200),
});

/** Adds budget to an employee's ledger, with its audit row in the same transaction. */
export async function grantBudget(
  { db }: { db: Db },
  input: z.infer<typeof grantBudgetInput> & { grantedById: string | null },
) {
  const { grantedById } = input;
  return runTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true } });
    if (!user) throw new AppError('NOT_FOUND', 'No such employee.');
    if (user.disabled) throw new AppError('CONFLICT', 'This employee is disabled.');
    const entry = await tx.ledgerEntry.create({
      data: { userId: input.userId, kind: 'GRANT', amountCents: input.amountCents, reason: input.reason, grantedById },
    });
    await tx.auditLog.create({
      data: {
        actorId: grantedById,
        action: 'budget.grant',
        targetType: 'user',
        targetId: input.userId,
        data: { amountCents: input.amountCents, reason: input.reason, entryId: entry.id },
      },
    });
    return entry;
  });
}
