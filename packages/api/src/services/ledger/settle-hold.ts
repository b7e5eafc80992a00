import type { LedgerEntry, Prisma } from '@jackpot-portal/db';

import { AppError } from '../../errors';

export type Settlement = 'RELEASE' | 'CAPTURE' | 'REFUND';

/** What settling needs of a hold; callers that have just read it pass it instead of its id. */
export type HoldToSettle = Pick<LedgerEntry, 'id' | 'userId' | 'walletId' | 'orderId' | 'kind' | 'amountCents'>;

/**
 * Settles a hold exactly once, in the hold's wallet: RELEASE gives the price back, CAPTURE makes it final without
 * changing the balance, REFUND gives a captured price back. Settling again is a no-op that
 * returns false: the unique indexes on the settlement columns turn a second settlement (even a
 * racing one) into "nothing inserted" (ON CONFLICT DO NOTHING), and the transaction goes on.
 */
export async function settleHold(
  { db: tx }: { db: Prisma.TransactionClient },
  input: { hold: string | HoldToSettle; kind: Settlement; reason?: string },
): Promise<boolean> {
  const { hold: holdOrId, kind, reason } = input;
  const hold =
    typeof holdOrId === 'string'
      ? await tx.ledgerEntry.findUnique({
          where: { id: holdOrId },
          select: { id: true, userId: true, walletId: true, orderId: true, kind: true, amountCents: true },
        })
      : holdOrId;
  if (!hold || hold.kind !== 'HOLD') throw new AppError('NOT_FOUND', 'No such budget hold.');
  const link = kind === 'REFUND' ? { refundsHoldId: hold.id } : { settlesHoldId: hold.id };
  const inserted = await tx.ledgerEntry.createMany({
    data: [
      {
        userId: hold.userId,
        walletId: hold.walletId,
        orderId: hold.orderId,
        kind,
        amountCents: kind === 'CAPTURE' ? 0 : -hold.amountCents,
        reason,
        ...link,
      },
    ],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}

/**
 * Finds the order's hold and settles it: each settlement once, in the order given (a refund after
 * its capture). An order that never took a hold settles nothing.
 */
export async function settleOrderHold(
  { db: tx }: { db: Prisma.TransactionClient },
  input: { orderId: string; settlements: readonly { kind: Settlement; reason: string }[] },
): Promise<void> {
  const hold = await tx.ledgerEntry.findFirst({
    where: { orderId: input.orderId, kind: 'HOLD' },
    select: { id: true, userId: true, walletId: true, orderId: true, kind: true, amountCents: true },
  });
  if (!hold) return;
  for (const { kind, reason } of input.settlements) await settleHold({ db: tx }, { hold, kind, reason });
}
