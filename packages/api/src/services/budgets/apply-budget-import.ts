import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { isInsufficientBudget } from '../ledger/ledger-errors';
import { runTransaction } from '../system/run-transaction';
import { budgetImportInput, checkFile } from './preview-budget-import';

export const applyBudgetImportInput = budgetImportInput.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const INSERT_BATCH = 5_000;

/**
 * Applies a previewed budget file, all or nothing: checked again (the database may have changed
 * since the preview), refused whole if any row is in error, else every entry written in one
 * transaction in batches of 5,000 rows (one INSERT … SELECT FROM unnest each), with one audit row
 * for the file (rows, total, its SHA-256).
 */
export async function applyBudgetImport(
  deps: { db: Db },
  input: z.infer<typeof applyBudgetImportInput> & { actor: AuditActor },
) {
  const checked = await checkFile(deps.db, input.csv);
  if (checked.sha256 !== input.sha256)
    throw new AppError('VALIDATION', 'This is not the file that was previewed: preview it again.');
  const errors = checked.rows.filter((row) => row.verdict !== 'ok');
  if (errors.length > 0)
    throw new AppError(
      'VALIDATION',
      `${errors.length} rows are in error: nothing was written. Fix them and try again.`,
    );
  const rows = checked.rows;
  const totalCents = rows.reduce((sum, row) => sum + row.amountCents!, 0);
  try {
    await runTransaction(
      deps.db,
      async (tx) => {
        for (let start = 0; start < rows.length; start += INSERT_BATCH) {
          const batch = rows.slice(start, start + INSERT_BATCH);
          await tx.$executeRaw`
            INSERT INTO ledger_entries (id, "userId", "walletId", kind, "amountCents", reason, "grantedById")
            SELECT gen_random_uuid(), r.user_id, w.id, (CASE WHEN r.amount > 0 THEN 'GRANT' ELSE 'REVOKE' END)::"LedgerKind",
                   r.amount, r.reason, ${input.actor.id}::uuid
            FROM unnest(${batch.map((row) => row.userId)}::uuid[], ${batch.map((row) => row.amountCents)}::int[],
                        ${batch.map((row) => row.reason)}::text[]) AS r(user_id, amount, reason)
            JOIN wallets w ON w."userId" = r.user_id AND w."campaignId" IS NULL`;
        }
        await recordAudit(tx, input.actor, {
          action: 'budget.import',
          targetType: 'budget-import',
          targetId: checked.sha256,
          data: { rows: rows.length, totalCents },
        });
      },
      { timeoutMs: 120_000, attempts: 2 },
    );
  } catch (error) {
    if (isInsufficientBudget(error))
      throw new AppError('INSUFFICIENT_BUDGET', 'A take-back would now make a balance negative: nothing was written.', {
        cause: error,
      });
    throw error;
  }
  return { rows: rows.length, totalCents };
}
