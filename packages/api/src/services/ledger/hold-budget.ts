import { type DbClient, lockUserForLedger, walletBalanceCents } from '@jackpot-portal/db';

import { insufficientBudget, isInsufficientBudget, isWalletNotOpen, walletNotOpen } from './ledger-errors';

/**
 * Sets a price aside for an order, from the order's wallet, inside the caller's transaction. The
 * user's row is locked first, so two reservations at the same time (from one wallet or several)
 * are checked one after the other and can never spend the same euro; the database trigger checks
 * it again, and that a campaign wallet is open.
 */
export async function holdBudget(
  { db: tx }: { db: DbClient },
  input: { userId: string; orderId: string; amountCents: number },
) {
  await lockUserForLedger(tx, input.userId);
  const { walletId } = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { walletId: true } });
  const balance = await walletBalanceCents(tx, walletId);
  if (balance < input.amountCents) throw insufficientBudget(balance, input.amountCents);
  try {
    return await tx.ledgerEntry.create({
      data: { userId: input.userId, walletId, orderId: input.orderId, kind: 'HOLD', amountCents: -input.amountCents },
    });
  } catch (error) {
    if (isInsufficientBudget(error)) throw insufficientBudget(balance, input.amountCents);
    if (isWalletNotOpen(error)) throw walletNotOpen(error);
    throw error;
  }
}
