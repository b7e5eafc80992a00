import { type Db, generalWalletId, walletBalanceCents } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { isInsufficientBudget } from './ledger-errors';

export const grantBudgetInput = z.object({
  userId: z.uuid(),
  // Positive: a grant; negative: budget taken back (never below a zero balance).
  amountCents: z
    .number()
    .int()
    .min(-10_000_000)
    .max(10_000_000)
    .refine((cents) => cents !== 0, 'An amount other than zero.'),
  reason: z.string().trim().min(3).max(200),
});

/**
 * Gives general budget to an employee (their general wallet), or takes some back (a REVOKE entry: the ledger trigger refuses it
 * when it would take the balance below zero), with its audit row in the same transaction.
 */
export async function grantBudget(deps: { db: Db }, input: z.infer<typeof grantBudgetInput> & { actor: AuditActor }) {
  try {
    return await runTransaction(deps.db, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true } });
      if (!user) throw new AppError('NOT_FOUND', 'No such employee.');
      if (user.disabled) throw new AppError('CONFLICT', 'This employee is disabled.');
      const walletId = await generalWalletId(tx, input.userId);
      const beforeCents = await walletBalanceCents(tx, walletId);
      const entry = await tx.ledgerEntry.create({
        data: {
          userId: input.userId,
          walletId,
          kind: input.amountCents > 0 ? 'GRANT' : 'REVOKE',
          amountCents: input.amountCents,
          reason: input.reason,
          grantedById: input.actor.id,
        },
      });
      await recordAudit(tx, input.actor, {
        action: input.amountCents > 0 ? 'budget.grant' : 'budget.revoke',
        targetType: 'user',
        targetId: input.userId,
        before: { balanceCents: beforeCents },
        after: { balanceCents: beforeCents + input.amountCents },
        data: { amountCents: input.amountCents, reason: input.reason, entryId: entry.id },
      });
      return entry;
    });
  } catch (error) {
    if (isInsufficientBudget(error))
      throw new AppError('INSUFFICIENT_BUDGET', 'Taking this much back would make the balance negative.', {
        cause: error,
      });
    throw error;
  }
}
