import { type Db, listLedgerHistory } from '@jackpot-portal/db';
import { z } from 'zod';

export const listBudgetHistoryInput = z.object({ limit: z.number().int().min(1).max(500).default(200) });

/**
 * Where an employee's budget came from and went: grants with their reason, reservations (holds),
 * holds given back, refunds, newest first, each with the balance it left.
 */
export async function listBudgetHistory(
  deps: { db: Db },
  input: z.infer<typeof listBudgetHistoryInput> & { userId: string },
) {
  return listLedgerHistory(deps.db, input.userId, input.limit);
}
