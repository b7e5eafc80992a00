import type { Db } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient, parseWebhook, webhookTarget } from '@jackpot-portal/jackpot-core';

import type { JobSender } from '../../queue/enqueue-job';
import { syncStore } from '../catalogue/sync-store';
import { enqueueVoucherReadyEmail, followUpOrder } from '../orders/follow-up-order';
import { refreshOrder } from '../orders/refresh-order';

export interface ProcessWebhookDeps {
  db: Db;
  jackpot: JackpotClient;
  boss: JobSender;
}

export type WebhookOutcome = { status: 'PROCESSED' | 'IGNORED'; note?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The job behind one recorded webhook. The payload is only a hint: a coupon event makes the
 * portal GET the voucher from Jackpot and apply its real state to the order named by the
 * notificationKey (forward only, ledger effects once); a store event re-syncs that store. Safe
 * to run again: a PROCESSED or IGNORED event is skipped, and applying a state twice changes
 * nothing. A failure is recorded on the event and thrown, so that pg-boss retries it.
 */
export async function processWebhookEvent(
  deps: ProcessWebhookDeps,
  input: { eventId: string },
): Promise<WebhookOutcome> {
  // Before any statement: the event was recorded before this moment (see refreshOrder).
  const startedAt = performance.now();
  const { eventId } = input;
  // One statement counts the attempt and reads the event, unless it is already done.
  const [event] = await deps.db.webhookEvent.updateManyAndReturn({
    where: { id: eventId, status: { notIn: ['PROCESSED', 'IGNORED'] } },
    data: { attempts: { increment: 1 } },
    select: { payload: true },
  });
  if (!event) {
    const done = await deps.db.webhookEvent.findUnique({ where: { id: eventId }, select: { status: true } });
    return done ? { status: done.status as WebhookOutcome['status'] } : { status: 'IGNORED', note: 'no such event' };
  }
  try {
    const outcome = await actOn(deps, event.payload, startedAt);
    await deps.db.webhookEvent.update({
      where: { id: eventId },
      data: { status: outcome.status, processedAt: new Date(), lastError: outcome.note ?? null },
    });
    return outcome;
  } catch (error) {
    await deps.db.webhookEvent.update({
      where: { id: eventId },
      data: { status: 'FAILED', lastError: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
}

async function actOn(deps: ProcessWebhookDeps, payload: unknown, startedAt: number): Promise<WebhookOutcome> {
  const target = webhookTarget(parseWebhook(payload));
  if (target.kind === 'store') {
    await syncStore(deps, { storeId: target.storeId });
    return { status: 'PROCESSED' };
  }
  if (target.kind === 'none') return { status: 'IGNORED', note: 'not an event the portal acts on' };

  const { notificationKey, voucherId } = target;
  const order = UUID.test(notificationKey)
    ? await deps.db.order.findUnique({ where: { id: notificationKey }, select: { id: true, jackpotVoucherId: true } })
    : null;
  if (!order) return { status: 'IGNORED', note: `notificationKey ${notificationKey} is not one of our orders` };
  try {
    const applied = await refreshOrder(deps, {
      order,
      hintVoucherId: voucherId,
      source: 'WEBHOOK',
      eventRecordedBy: startedAt,
    });
    if (!applied)
      return { status: 'IGNORED', note: `voucher ${voucherId} does not belong to order ${order.id} at Jackpot` };
    // The next step, sent again on every webhook in case an earlier one was lost (each is
    // deduplicated): a READY order's email, a RESERVED order's confirmation. Other states need
    // nothing from here.
    const status = applied.outcome === 'moved' ? applied.to : applied.status;
    if (status === 'READY') await enqueueVoucherReadyEmail(deps, { orderId: order.id });
    else if (status === 'RESERVED') await followUpOrder(deps, { orderId: order.id });
    if (applied.outcome === 'ignored-backwards')
      return {
        status: 'PROCESSED',
        note: `Jackpot says ${applied.jackpotState}; order already ${applied.status}, not moved back`,
      };
    return { status: 'PROCESSED' };
  } catch (error) {
    if (isJackpotError(error) && error.status === 404)
      return { status: 'IGNORED', note: `Jackpot does not know voucher ${voucherId}` };
    throw error;
  }
}
