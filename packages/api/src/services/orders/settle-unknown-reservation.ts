import type { Db } from '@jackpot-portal/db';
import {
  decideUnknownReservation,
  isJackpotError,
  type JackpotClient,
  type SessionAnswer,
  type UnknownReservationDecision,
} from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { settleOrderHold } from '../ledger/settle-hold';
import { runTransaction } from '../system/run-transaction';

export const settleUnknownReservationInput = z.object({ orderId: z.uuid() });

export const NO_VOUCHER_NOTE = 'Jackpot did not make this voucher; the amount went back to your budget.';
export const VOUCHER_EXISTS_NOTE = 'Jackpot made the voucher; waiting for Jackpot to send it.';
export const NO_VERDICT_NOTE =
  "Jackpot could not tell in time; the amount stays set aside until the reservation's lifetime is over.";

/**
 * A reservation whose outcome Jackpot never told (reserve-voucher.ts left the order PENDING with
 * its session in `reservation_checks`): asks the session whether a voucher was made and acts on
 * jackpot-core's decideUnknownReservation — no voucher: the order FAILED and its hold released;
 * a voucher: kept PENDING for its webhook or reconciliation; no answer: asked again next time.
 * Runs from the reconcile job; each effect is guarded, so two instances asking at once are safe.
 */
export async function settleUnknownReservation(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof settleUnknownReservationInput> & { now?: Date },
): Promise<UnknownReservationDecision | 'settled-meanwhile'> {
  const { db, jackpot } = deps;
  const now = input.now ?? new Date();
  const check = await db.reservationCheck.findUnique({ where: { orderId: input.orderId }, include: { order: true } });
  if (!check) return 'settled-meanwhile';
  if (check.order.status !== 'PENDING' || check.order.jackpotVoucherId !== null) {
    await forget(db, input.orderId);
    return 'settled-meanwhile';
  }

  const answer: SessionAnswer = await jackpot
    .proposedVouchers(check.sessionToken, { amountCents: check.order.priceCents })
    .then(
      (): SessionAnswer => ({ ok: true }),
      (error: unknown): SessionAnswer =>
        isJackpotError(error) && !error.outcomeUnknown
          ? { ok: false, status: error.status, code: error.code }
          : { ok: false },
    );
  const decision = decideUnknownReservation({
    answer,
    nowMs: now.getTime(),
    sessionExpiresAtMs: check.sessionExpiresAt.getTime(),
  });

  if (decision === 'release') {
    await runTransaction(db, async (tx) => {
      const moved = await tx.order.updateMany({
        where: { id: input.orderId, status: 'PENDING', jackpotVoucherId: null },
        data: {
          status: 'FAILED',
          failureCode: 'JACKPOT_UNAVAILABLE',
          failureMessage: NO_VOUCHER_NOTE,
          outcomeUnknownSince: null,
        },
      });
      await tx.reservationCheck.deleteMany({ where: { orderId: input.orderId } });
      if (moved.count === 0) return;
      await settleOrderHold(
        { db: tx },
        {
          orderId: input.orderId,
          settlements: [{ kind: 'RELEASE', reason: 'Jackpot made no voucher under the session' }],
        },
      );
      await tx.orderEvent.create({
        data: { orderId: input.orderId, status: 'FAILED', source: 'RECONCILIATION', note: NO_VOUCHER_NOTE },
      });
    });
  } else if (decision === 'adopt' || decision === 'wait-for-reservation-lifetime') {
    const note = decision === 'adopt' ? VOUCHER_EXISTS_NOTE : NO_VERDICT_NOTE;
    await runTransaction(db, async (tx) => {
      const forgotten = await tx.reservationCheck.deleteMany({ where: { orderId: input.orderId } });
      if (forgotten.count === 0) return;
      await tx.orderEvent.create({
        data: { orderId: input.orderId, status: 'PENDING', source: 'RECONCILIATION', note },
      });
    });
  }
  return decision;
}

async function forget(db: Db, orderId: string): Promise<void> {
  await db.reservationCheck.deleteMany({ where: { orderId } });
}
