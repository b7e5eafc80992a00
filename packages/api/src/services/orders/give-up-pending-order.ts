import type { Db } from '@jackpot-portal/db';
import { RESERVATION_TTL_S } from '@jackpot-portal/jackpot-core';

import { settleOrderHold } from '../ledger/settle-hold';
import { runTransaction } from '../system/run-transaction';

/**
 * THE decision about a reservation whose outcome never became known (the call timed out, and
 * no webhook ever named the voucher). The contract has no route to find a voucher by
 * notificationKey, so only its webhook can settle such an order. Jackpot cancels an unconfirmed
 * reservation at resaExpireDate (RESERVATION_TTL_S, 48 h), and the portal never confirmed this
 * one (it never learned the voucher id); past that lifetime plus a margin, whatever Jackpot may
 * have reserved is canceled, nothing is owed, and the hold is released: the order becomes FAILED
 * with a note saying so. This relies on manual confirmation (the contract's default, and what
 * the portal's sessions ask for); a late webhook finds the order FAILED and changes nothing.
 */
export const PENDING_GIVE_UP_MARGIN_S = 60 * 60;
export const DEFAULT_PENDING_GIVE_UP_AFTER_S = RESERVATION_TTL_S + PENDING_GIVE_UP_MARGIN_S;

export const PENDING_GIVE_UP_NOTE =
  'Jackpot never confirmed this reservation within its lifetime; nothing was bought and the budget was given back.';

/** Gives up one PENDING order without a voucher: FAILED, hold released. False if it moved meanwhile. */
export async function giveUpPendingOrder({ db }: { db: Db }, input: { orderId: string }): Promise<boolean> {
  const { orderId } = input;
  return runTransaction(db, async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: orderId, status: 'PENDING', jackpotVoucherId: null },
      data: { status: 'FAILED', failureCode: 'JACKPOT_UNAVAILABLE', failureMessage: PENDING_GIVE_UP_NOTE },
    });
    if (moved.count === 0) return false;
    await settleOrderHold(
      { db: tx },
      { orderId, settlements: [{ kind: 'RELEASE', reason: 'reservation never confirmed by Jackpot' }] },
    );
    await tx.orderEvent.create({
      data: { orderId, status: 'FAILED', source: 'RECONCILIATION', note: PENDING_GIVE_UP_NOTE },
    });
    return true;
  });
}
