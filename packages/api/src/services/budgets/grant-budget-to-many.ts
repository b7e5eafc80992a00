import { randomUUID } from 'node:crypto';

import { type Db, type DbClient, Prisma } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { grantBudgetInput } from '../ledger/grant-budget';
import { isInsufficientBudget } from '../ledger/ledger-errors';
import { runTransaction } from '../system/run-transaction';
import { balanceJoin, employeesWhere, listEmployeesInput } from '../users/list-employees';

/** The employees table's filters: the set a batch grant goes to (disabled accounts never get one). */
export const budgetTargetsInput = listEmployeesInput.omit({ cursor: true, limit: true });

export const grantBudgetToManyInput = z.object({
  filters: budgetTargetsInput,
  amountCents: grantBudgetInput.shape.amountCents,
  reason: grantBudgetInput.shape.reason,
  /** How many employees the admin was shown: the grant is refused if the set has changed since. */
  expectedCount: z.number().int().min(1),
});

function targetsWhere(filters: z.infer<typeof budgetTargetsInput>) {
  return Prisma.sql`${employeesWhere(filters)} AND NOT u.disabled`;
}

/** How many enabled employees the filters select, and their total balance: what the admin confirms. */
export async function countBudgetTargets(deps: { db: DbClient }, filters: z.infer<typeof budgetTargetsInput>) {
  const [row] = await deps.db.$queryRaw<{ count: number; balance: number }[]>`
    SELECT COUNT(*)::int AS count, COALESCE(SUM(b.balance), 0)::int AS balance
    FROM users u ${balanceJoin} WHERE ${targetsWhere(filters)}`;
  return { count: row?.count ?? 0, balanceCents: row?.balance ?? 0 };
}

/**
 * Grants the same amount of general budget to every enabled employee the filters select (or takes it back: the
 * ledger trigger refuses a take-back below zero, and then nothing is written), in one transaction
 * with ONE `budget.grant-batch` audit row naming the filters, the amount and every employee (as
 * the CSV import writes one row per file); each ledger entry names the admin and the reason.
 */
export async function grantBudgetToMany(
  deps: { db: Db },
  input: z.infer<typeof grantBudgetToManyInput> & { actor: AuditActor },
) {
  try {
    return await runTransaction(
      deps.db,
      async (tx) => {
        const inserted = await tx.$queryRaw<{ userId: string }[]>`
          INSERT INTO ledger_entries (id, "userId", "walletId", kind, "amountCents", reason, "grantedById")
          SELECT gen_random_uuid(), u.id, w.id, ${input.amountCents > 0 ? 'GRANT' : 'REVOKE'}::"LedgerKind",
                 ${input.amountCents}, ${input.reason}, ${input.actor.id}::uuid
          FROM users u ${balanceJoin}
          JOIN wallets w ON w."userId" = u.id AND w."campaignId" IS NULL
          WHERE ${targetsWhere(input.filters)}
          RETURNING "userId"`;
        if (inserted.length !== input.expectedCount)
          throw new AppError(
            'CONFLICT',
            `The selection now has ${inserted.length} employees, not ${input.expectedCount}: nothing was written. Check it again.`,
          );
        const batchId = randomUUID();
        await recordAudit(tx, input.actor, {
          action: input.amountCents > 0 ? 'budget.grant-batch' : 'budget.revoke-batch',
          targetType: 'budget-batch',
          targetId: batchId,
          data: {
            filters: input.filters,
            amountCents: input.amountCents,
            reason: input.reason,
            employees: inserted.length,
            totalCents: input.amountCents * inserted.length,
            userIds: inserted.map((row) => row.userId),
          },
        });
        return { batchId, employees: inserted.length, totalCents: input.amountCents * inserted.length };
      },
      { timeoutMs: 120_000, attempts: 2 },
    );
  } catch (error) {
    if (isInsufficientBudget(error))
      throw new AppError(
        'INSUFFICIENT_BUDGET',
        'Taking this much back would make a balance negative: nothing was written.',
        {
          cause: error,
        },
      );
    throw error;
  }
}
