import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';
import type { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';
import { childrenImportInput, readChildrenFile } from './preview-children-import';

export const applyChildrenImportInput = childrenImportInput;

/**
 * Applies a children file: checked again, refused whole if any line is in error; else the children
 * of every employee it names are replaced by the file's, in one transaction with one
 * `children.import` audit row. Campaigns already launched keep the shares they were launched with.
 */
export async function applyChildrenImport(
  deps: { db: Db },
  input: z.infer<typeof applyChildrenImportInput> & { actor: AuditActor },
) {
  const rows = await readChildrenFile(deps.db, input.csv);
  const errors = rows.filter((row) => row.verdict !== 'ok');
  if (rows.length === 0) throw new AppError('VALIDATION', 'The file has no line after its header.');
  if (errors.length > 0)
    throw new AppError(
      'VALIDATION',
      `${errors.length} lines are in error: nothing was written. Preview the file again.`,
    );
  const userIds = [...new Set(rows.map((row) => row.userId!))];
  return runTransaction(
    deps.db,
    async (tx) => {
      await tx.child.deleteMany({ where: { userId: { in: userIds } } });
      await tx.child.createMany({ data: rows.map((row) => ({ userId: row.userId!, birthYear: row.birthYear! })) });
      await recordAudit(tx, input.actor, {
        action: 'children.import',
        targetType: 'children-import',
        targetId: randomUUID(),
        data: { children: rows.length, employees: userIds.length, userIds },
      });
      return { children: rows.length, employees: userIds.length };
    },
    { timeoutMs: 60_000, attempts: 2 },
  );
}
