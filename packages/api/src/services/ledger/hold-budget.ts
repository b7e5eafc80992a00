import { availableBalanceCents, type DbClient, lockUserForLedger } from '@jackpot-portal/db';

import { insufficientBudget, isInsufficientBudget } from './ledger-errors';

/**
 * Sets a price aside for an order, inside the caller's transaction. The user's row is locked
 * first, so two reservations at the same time are checked one after the other and can never
 * spend the same euro; the database trigger checks it again.
 */
export async function holdBudget(
  { db: tx }: { db: DbClient },
  input: { userId: string; orderId: string; amountCents: number },
) {
  await lockUserForLedger(tx, input.userId);
  const balance = await availableBalanceCents(tx, input.userId);
  if (balance < input.amountCents) throw insufficientBudget(balance, input.amountCents);
  try {
    return await tx.ledgerEntry.create({
      data: { userId: input.userId, orderId: input.orderId, kind: 'HOLD', amountCents: -input.amountCents },
    });
  } catch (error) {
    if (isInsufficientBudget(error)) throw insufficientBudget(balance, input.amountCents);
    throw error;
  }
}
