import { type Db, type Order, OrderStatus, type Prisma } from '@jackpot-portal/db';
import {
  decideVoucherAction,
  isJackpotError,
  type JackpotClient,
  type Voucher,
  type VoucherAction,
} from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError, jackpotUnavailable } from '../../errors';
import { actorName, type AuditActor, latestDecision, recordAudit } from '../audit/record-audit';
import { applyVoucherState } from './apply-voucher-state';
import { voucherStateOfOrder } from './order-status';
import { refreshOrder } from './refresh-order';

/** The decisions an admin takes on an order at Jackpot; each is the audit row's action too. */
export const ORDER_DECISIONS = ['order.approve', 'order.reject', 'order.cancel', 'order.refund'] as const;
export type OrderDecision = (typeof ORDER_DECISIONS)[number];

// The Jackpot action behind each decision; approve and reject are for vouchers waiting for an admin.
const JACKPOT_ACTION: Record<OrderDecision, VoucherAction> = {
  'order.approve': 'confirm',
  'order.reject': 'cancel',
  'order.cancel': 'cancel',
  'order.refund': 'refund',
};

const VERB: Record<OrderDecision, string> = {
  'order.approve': 'approved',
  'order.reject': 'rejected',
  'order.cancel': 'canceled',
  'order.refund': 'refunded',
};

/** A claim older than this was left by a process that died mid-decision: it no longer counts. */
export const DECISION_CLAIM_TTL_MS = 5 * 60_000;

/** The order statuses in which a decision may be taken, from Jackpot's state machine. */
export function statusesAllowing(decision: OrderDecision): OrderStatus[] {
  if (decision === 'order.approve' || decision === 'order.reject') return ['AWAITING_APPROVAL'];
  return Object.values(OrderStatus).filter((status) => {
    const state = voucherStateOfOrder(status);
    return (
      state !== null &&
      decideVoucherAction(JACKPOT_ACTION[decision], state, { storeRefundable: true }).outcome === 'apply'
    );
  });
}

export const decideOrderInput = z.object({
  orderId: z.uuid(),
  reason: z.string().trim().min(3).max(500).optional(),
});
/** Reject, cancel and refund say why (shown on the voucher's timeline and in the audit). */
export const decideOrderWithReasonInput = decideOrderInput.required({ reason: true });

export interface DecideOrderInput extends z.infer<typeof decideOrderInput> {
  decision: OrderDecision;
  actor: AuditActor;
  /** More detail for the audit row (e.g. the second admin of a four-eyes refund). */
  auditData?: Record<string, Prisma.InputJsonValue>;
}

/**
 * An admin's decision on an order: approve or reject a voucher waiting for approval, cancel a
 * reserved one, refund a confirmed or ready one (refundable stores only).
 *
 * 1. The order is **claimed** by a guarded update (its status still one the decision allows, no
 *    other admin's claim in flight): of two admins deciding at once, the second is refused with
 *    ALREADY_DECIDED, naming the first, and writes nothing.
 * 2. Jackpot is called, outside any transaction.
 * 3. Its answer is applied, the claim cleared and the audit row written in one transaction. A
 *    failed call clears the claim (a repeat is safe: Jackpot answers a repeated action as done).
 */
export async function decideOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: DecideOrderInput,
): Promise<{ orderId: string; status: OrderStatus }> {
  const { db } = deps;
  const { orderId, decision, actor } = input;
  const order = await db.order.findUnique({ where: { id: orderId } });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  if (order.userId === actor.id) throw new AppError('OWN_ACCOUNT', 'An admin never decides on their own voucher.');
  if (decision === 'order.refund') await assertRefundable(db, order);

  const allowed = statusesAllowing(decision);
  const claimed = await db.order.updateMany({
    where: {
      id: orderId,
      status: { in: allowed },
      jackpotVoucherId: { not: null },
      OR: [{ decisionById: null }, { decisionAt: { lt: new Date(Date.now() - DECISION_CLAIM_TTL_MS) } }],
    },
    data: { decisionById: actor.id, decisionAction: decision, decisionAt: new Date() },
  });
  if (claimed.count === 0) throw await claimRefusal(db, orderId, decision, allowed);

  let voucher: Voucher;
  try {
    voucher = await callJackpot(deps.jackpot, decision, order.jackpotVoucherId!);
  } catch (error) {
    await releaseClaim(db, orderId, actor.id);
    throw await jackpotRefusal(deps, order, decision, error);
  }

  const applied = await applyVoucherState(deps, {
    orderId,
    voucher,
    source: 'ADMIN',
    alsoInTransaction: async (tx, outcome) => {
      await tx.order.updateMany({ where: { id: orderId, decisionById: actor.id }, data: clearedClaim });
      if (input.reason && outcome.outcome === 'moved') {
        await tx.orderEvent.updateMany({
          where: { orderId, status: outcome.to, source: 'ADMIN' },
          data: { note: input.reason },
        });
      }
      const after = outcome.outcome === 'moved' ? outcome.to : outcome.status;
      await recordAudit(tx, actor, {
        action: decision,
        targetType: 'order',
        targetId: orderId,
        before: { status: order.status },
        after: { status: after },
        data: {
          jackpotVoucherId: voucher.id,
          jackpotState: voucher.state,
          outcome: outcome.outcome,
          ...(input.reason ? { reason: input.reason } : {}),
          ...input.auditData,
        },
      });
    },
  });
  return { orderId, status: applied.outcome === 'moved' ? applied.to : applied.status };
}

const clearedClaim = { decisionById: null, decisionAction: null, decisionAt: null };

function releaseClaim(db: Db, orderId: string, actorId: string) {
  return db.order.updateMany({ where: { id: orderId, decisionById: actorId }, data: clearedClaim });
}

function callJackpot(jackpot: JackpotClient, decision: OrderDecision, voucherId: string): Promise<Voucher> {
  switch (JACKPOT_ACTION[decision]) {
    case 'confirm':
      return jackpot.confirmVoucher(voucherId);
    case 'cancel':
      return jackpot.cancelVoucher(voucherId);
    case 'refund':
      return jackpot.refundVoucher(voucherId);
  }
}

async function assertRefundable(db: Db, order: Order) {
  const store = await db.store.findUnique({ where: { id: order.storeId }, select: { refundable: true } });
  if (!store?.refundable) throw new AppError('CONFLICT', 'This store does not take vouchers back.');
}

/** Why the claim failed: another admin's decision (in flight or taken), or a status that does not allow it. */
async function claimRefusal(db: Db, orderId: string, decision: OrderDecision, allowed: OrderStatus[]) {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      decisionAction: true,
      decisionAt: true,
      decisionBy: { select: { name: true, email: true } },
    },
  });
  const inFlight =
    order.decisionBy && order.decisionAt && order.decisionAt.getTime() > Date.now() - DECISION_CLAIM_TTL_MS;
  if (inFlight) return alreadyDecided(actorName(order.decisionBy), order.decisionAction ?? decision);
  if (!allowed.includes(order.status)) {
    const last = await latestDecision(db, { targetType: 'order', targetId: orderId }, [...ORDER_DECISIONS]);
    if (last) return alreadyDecided(actorName(last.actor), last.action);
  }
  return new AppError('CONFLICT', `This voucher is ${order.status}: it cannot be ${VERB[decision]} now.`);
}

function alreadyDecided(by: string, action: string) {
  return new AppError('ALREADY_DECIDED', `Already decided by ${by} (${action}).`, { params: { by, action } });
}

async function jackpotRefusal(
  deps: { db: Db; jackpot: JackpotClient },
  order: Order,
  decision: OrderDecision,
  error: unknown,
) {
  if (isJackpotError(error) && error.code === 'NOT_REFUNDABLE')
    return new AppError('CONFLICT', 'This store does not take vouchers back.', { cause: error });
  if (isJackpotError(error) && error.code === 'INVALID_STATE') {
    const applied = await refreshOrder(deps, { order, hintVoucherId: null, source: 'ADMIN' });
    const now = applied?.outcome === 'moved' ? applied.to : applied?.status;
    return new AppError(
      'CONFLICT',
      `Jackpot no longer lets this voucher be ${VERB[decision]}; it is now ${now ?? 'unknown'}.`,
      { cause: error },
    );
  }
  // A timeout may hide a decision that happened: the reconciliation job will see it.
  if (isJackpotError(error)) return jackpotUnavailable(error);
  return error;
}
