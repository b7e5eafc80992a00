import type { Prisma } from '@jackpot-portal/db';

import { AppError } from '../../errors';
import { isUniqueViolation } from './ledger-errors';

export type Settlement = 'RELEASE' | 'CAPTURE' | 'REFUND';

/**
 * Settles a hold exactly once: RELEASE gives the price back, CAPTURE makes it final without
 * changing the balance, REFUND gives a captured price back. Settling again is a no-op that
 * returns false; the unique indexes on the settlement columns make that true under races too.
 */
export async function settleHold(
  tx: Prisma.TransactionClient,
  holdId: string,
  kind: Settlement,
  reason?: string,
): Promise<boolean> {
  const hold = await tx.ledgerEntry.findUnique({ where: { id: holdId } });
  if (!hold || hold.kind !== 'HOLD') throw new AppError('NOT_FOUND', 'No such budget hold.');
  const link = kind === 'REFUND' ? { refundsHoldId: holdId } : { settlesHoldId: holdId };
  if (await tx.ledgerEntry.findFirst({ where: link, select: { id: true } })) return false;
  try {
    // A savepoint keeps the caller's transaction usable when a racing settlement wins.
    await tx.$executeRaw`SAVEPOINT settle_hold`;
    await tx.ledgerEntry.create({
      data: {
        userId: hold.userId,
        orderId: hold.orderId,
        kind,
        amountCents: kind === 'CAPTURE' ? 0 : -hold.amountCents,
        reason,
        ...link,
      },
    });
    await tx.$executeRaw`RELEASE SAVEPOINT settle_hold`;
    return true;
  } catch (error) {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT settle_hold`;
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
