import { availableBalanceCents, type Db, lockUserForLedger, type Order } from '@jackpot-portal/db';
import {
  checkReservation,
  type ClientSession,
  isJackpotError,
  type JackpotClient,
  type JackpotError,
  quoteByPrice,
  quoteByValue,
  type Voucher,
} from '@jackpot-portal/jackpot-core';

import { AppError, type AppErrorCode } from '../../errors';
import type { JobSender } from '../jobs/enqueue-job';
import { enqueueOrderConfirmation } from '../jobs/follow-up-order';
import { holdBudget } from '../ledger/hold-budget';
import { settleHold } from '../ledger/settle-hold';
import { insufficientBudget, isUniqueViolation } from '../ledger/ledger-errors';
import { runTransaction } from '../system/run-transaction';
import type { ReserveInput } from '../../routers/orders/reserve.schema';
import { applyVoucherState } from './apply-voucher-state';
import { needsApproval } from './confirmation-policy';
import { confirmOrder } from './confirm-order';

export interface ReserveResult {
  orderId: string;
  status: Order['status'];
}

interface Deps {
  db: Db;
  jackpot: JackpotClient;
  /** Where a confirmation that failed inline is queued for retries. */
  boss?: JobSender;
}

/**
 * Reserves one voucher for an employee. The budget is held before Jackpot is called; a
 * refusal releases it at once; a reservation whose outcome is unknown (timeout, lost
 * connection, 5xx) leaves the order PENDING for the webhook or the reconciliation job to
 * settle, and is never sent again. Idempotent on the request id: a retry returns the first
 * result.
 */
export async function reserveVoucher(deps: Deps, userId: string, input: ReserveInput): Promise<ReserveResult> {
  const { db } = deps;
  const earlier = await db.order.findUnique({ where: { userId_requestId: { userId, requestId: input.requestId } } });
  if (earlier) return replay(earlier);

  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const store = await db.store.findUnique({ where: { id: input.storeId }, include: { offers: true } });
  const offer = store?.offers.find((candidate) => candidate.id === input.offerId);
  if (!store || !offer) throw new AppError('NOT_FOUND', 'This voucher is not in the catalogue.');
  if (!store.enabled) throw new AppError('STORE_DISABLED', 'This store is unavailable for now.');

  const pricing = { mode: offer.mode, rate: offer.rateBasisPoints / 100 };
  const quote =
    input.by === 'PRICE' ? quoteByPrice(pricing, input.amountCents) : quoteByValue(pricing, input.amountCents);
  const rules = {
    enabled: store.enabled,
    voucherValueMin: store.valueMinCents,
    voucherValueMax: store.valueMaxCents,
    voucherPossibleDiscreteValues: store.discreteValuesCents,
  };
  const refusal = checkReservation(rules, quote, quote.priceCents);
  if (refusal === 'VALUE_NOT_ALLOWED') throw new AppError('VALUE_NOT_ALLOWED', 'The store does not offer this amount.');
  const approval = await needsApproval(db, user, quote.priceCents);

  // A quick refusal without taking any lock; the transaction below checks again, authoritatively.
  const balance = await availableBalanceCents(db, userId);
  if (balance < quote.priceCents) throw insufficientBudget(balance, quote.priceCents);

  let order: Order;
  try {
    order = await runTransaction(db, async (tx) => {
      // The user's row first, before the order's foreign key takes its shared lock on it:
      // reservations of one employee then queue here instead of deadlocking on the upgrade.
      await lockUserForLedger(tx, userId);
      const created = await tx.order.create({
        data: {
          userId,
          requestId: input.requestId,
          reserveBy: input.by,
          storeId: store.id,
          storeName: store.name,
          storeLogo: store.logoMedium ?? store.logoSmall,
          storeColor: store.baseColor,
          offerId: offer.id,
          mode: offer.mode,
          rateBasisPoints: offer.rateBasisPoints,
          valueCents: quote.valueCents,
          priceCents: quote.priceCents,
          needsApproval: approval,
        },
      });
      await holdBudget(tx, { userId, orderId: created.id, amountCents: quote.priceCents });
      await tx.orderEvent.create({ data: { orderId: created.id, status: 'PENDING', source: 'PORTAL' } });
      return created;
    });
  } catch (error) {
    // A concurrent request with the same id won the race: answer with its order.
    if (isUniqueViolation(error)) {
      return replay(
        await db.order.findUniqueOrThrow({ where: { userId_requestId: { userId, requestId: input.requestId } } }),
      );
    }
    throw error;
  }

  // The session is opened for exactly this price: it can never spend more.
  let session: ClientSession;
  try {
    session = await deps.jackpot.openClientSession({
      amountCents: quote.priceCents,
      notificationKey: order.id,
      userId,
      forceManualConfirm: approval,
    });
  } catch (error) {
    // No reservation was sent, so the hold can safely be given back.
    throw await failOrder(db, order, error);
  }

  let voucher: Voucher;
  try {
    voucher =
      input.by === 'PRICE'
        ? await session.reserveByPrice(store.id, offer.id, quote.priceCents)
        : await session.reserveByValue(store.id, offer.id, quote.valueCents);
  } catch (error) {
    if (isJackpotError(error) && !error.outcomeUnknown) throw await failOrder(db, order, error);
    // Outcome unknown: Jackpot may have reserved it. Never retried; the session is kept so that
    // the reconcile job can ask it whether a voucher was made (settle-unknown-reservation.ts).
    await runTransaction(db, async (tx) => {
      await tx.order.updateMany({
        where: { id: order.id, status: 'PENDING', jackpotVoucherId: null },
        data: { outcomeUnknownSince: new Date() },
      });
      await tx.reservationCheck.create({
        data: {
          orderId: order.id,
          sessionToken: session.accessToken,
          sessionExpiresAt: new Date(session.expiresAtMs),
        },
      });
      await tx.orderEvent.create({
        data: {
          orderId: order.id,
          status: 'PENDING',
          source: 'PORTAL',
          note: 'Jackpot did not answer; checking with Jackpot whether the voucher was made',
        },
      });
    });
    return { orderId: order.id, status: 'PENDING' };
  }

  const applied = await applyVoucherState(db, order.id, voucher, 'PORTAL');
  const status = applied.outcome === 'moved' ? applied.to : applied.status;
  if (status === 'RESERVED') {
    // The fast path; on any failure the confirmation job retries it with backoff (and without
    // a queue, or if queuing fails, the reconciliation job finds the RESERVED order).
    return confirmOrder(deps, order.id, 'PORTAL').catch(async () => {
      if (deps.boss) await enqueueOrderConfirmation(deps.boss, order.id).catch(() => null);
      return { orderId: order.id, status };
    });
  }
  return { orderId: order.id, status };
}

// The first result again: the order's status, or the refusal it met.
function replay(order: Order): ReserveResult {
  if (order.status === 'FAILED')
    throw new AppError(order.failureCode as AppErrorCode, order.failureMessage ?? 'Jackpot refused the reservation.');
  return { orderId: order.id, status: order.status };
}

async function failOrder(db: Db, order: Order, error: unknown): Promise<AppError> {
  const appError = toAppError(error);
  await runTransaction(db, async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: order.id, status: 'PENDING' },
      data: { status: 'FAILED', failureCode: appError.code, failureMessage: appError.message },
    });
    if (moved.count === 0) return;
    const hold = await tx.ledgerEntry.findFirstOrThrow({ where: { orderId: order.id, kind: 'HOLD' } });
    await settleHold(tx, hold, 'RELEASE', `reservation refused: ${appError.code}`);
    await tx.orderEvent.create({
      data: { orderId: order.id, status: 'FAILED', source: 'PORTAL', note: appError.message },
    });
  });
  return appError;
}

const refusalMessages: Partial<Record<string, [AppErrorCode, string]>> = {
  VALUE_NOT_ALLOWED: ['VALUE_NOT_ALLOWED', 'The store does not offer this amount.'],
  STORE_DISABLED: ['STORE_DISABLED', 'This store is unavailable for now.'],
  AMOUNT_EXCEEDS_SESSION: ['JACKPOT_REFUSED', 'Jackpot refused the amount of this voucher.'],
};

function toAppError(error: unknown): AppError {
  if (!isJackpotError(error))
    return new AppError('JACKPOT_UNAVAILABLE', 'Jackpot is not answering right now.', { cause: error });
  const jackpotError: JackpotError = error;
  const known = jackpotError.code ? refusalMessages[jackpotError.code] : undefined;
  if (known) return new AppError(known[0], known[1], { cause: error });
  if (jackpotError.kind !== 'http' || (jackpotError.status ?? 500) >= 500 || jackpotError.status === 429) {
    return new AppError('JACKPOT_UNAVAILABLE', 'Jackpot is not answering right now.', { cause: error });
  }
  return new AppError('JACKPOT_REFUSED', 'Jackpot refused the reservation.', { cause: error });
}
