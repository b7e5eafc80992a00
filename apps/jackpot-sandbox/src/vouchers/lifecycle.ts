import { randomUUID } from 'node:crypto';

import {
  checkReservation,
  decideVoucherAction,
  quoteByPrice,
  quoteByValue,
  SIGNED_URL_LIFETIME_S,
  type Voucher,
  type VoucherAction,
  voucherSchema,
  type VoucherState,
} from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { signedFilePath, signFileUrl } from '../signed-url';
import { type Session, type VoucherRecord } from '../state/state';
import { couponEnvelope } from '../webhooks/events';
import { newCardCode, newCouponId } from './coupon-id';

type ClientSession = Extract<Session, { kind: 'client' }>;

export type ReserveRequest = { by: 'price'; priceCents: number } | { by: 'value'; valueCents: number };

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** §4 reserve-voucher-by-price / by-value: every check, then a RESERVED (or auto-confirmed) voucher. */
export function reserveVoucher(
  sandbox: Sandbox,
  session: ClientSession,
  storeId: string,
  offerId: string,
  request: ReserveRequest,
): VoucherRecord {
  if (session.consumedBy) {
    throw new ApiError(
      'SESSION_CONSUMED',
      `This session already reserved voucher ${session.consumedBy}; open a new one`,
    );
  }
  const entry = sandbox.catalogue.get(storeId);
  if (!entry) throw new ApiError('NOT_FOUND', `No store ${storeId}`);
  const offer = entry.store.offers.find((candidate) => candidate.id === offerId);
  if (!offer) throw new ApiError('NOT_FOUND', `Store ${storeId} has no offer ${offerId}`);
  const quote =
    request.by === 'price' ? quoteByPrice(offer, request.priceCents) : quoteByValue(offer, request.valueCents);
  const refusal = checkReservation(entry.store, quote, session.amountCents);
  if (refusal) throw new ApiError(refusal, refusalMessage(refusal, entry.store.name, quote, session.amountCents));

  const now = sandbox.clock.now();
  const voucher: Voucher = {
    id: randomUUID(),
    state: 'RESERVED',
    value: quote.valueCents,
    price: quote.priceCents,
    reservationDate: iso(now),
    validityDate: iso(addMonths(now, entry.validityMonths)),
    resaExpireDate: iso(now + sandbox.settings.reservationTtlS * 1000),
    couponId: newCouponId(),
    storeId,
    offerId,
    notificationKey: session.notificationKey,
    ...(session.userId === undefined ? {} : { userId: session.userId }),
  };
  const record: VoucherRecord = { voucher };
  sandbox.state.vouchers.set(voucher.id, record);
  session.consumedBy = voucher.id;
  publishState(sandbox, record);
  scheduleExpiry(sandbox, record);
  if (sandbox.settings.autoConfirm && !session.forceManualConfirm) confirm(sandbox, record);
  sandbox.changed();
  return record;
}

/** §4 confirm / cancel / refund: apply, answer a repeat with no change, or refuse. */
export function applyVoucherAction(sandbox: Sandbox, voucherId: string, action: VoucherAction): VoucherRecord {
  const record = findVoucher(sandbox, voucherId);
  const entry = sandbox.catalogue.get(record.voucher.storeId);
  const decision = decideVoucherAction(action, record.voucher.state, {
    storeRefundable: entry?.store.refundable ?? false,
  });
  if (decision.outcome === 'already-done') return record;
  if (decision.outcome === 'refused') {
    const message =
      decision.code === 'NOT_REFUNDABLE'
        ? `Store ${entry?.store.name ?? record.voucher.storeId} does not accept refunds`
        : `Cannot ${action} a ${record.voucher.state} voucher`;
    throw new ApiError(decision.code, message);
  }
  if (action === 'confirm') confirm(sandbox, record);
  else if (action === 'cancel') cancel(sandbox, record);
  else requestRefund(sandbox, record);
  sandbox.changed();
  return record;
}

/** Control API and store policy: the store's answer to a refund request. */
export function resolveRefund(sandbox: Sandbox, voucherId: string, outcome: 'accept' | 'reject'): VoucherRecord {
  const record = findVoucher(sandbox, voucherId);
  if (record.voucher.state !== 'REFUNDING')
    throw new ApiError('INVALID_STATE', `Voucher ${voucherId} is ${record.voucher.state}, not REFUNDING`);
  sandbox.scheduler.cancel(timerKey('refund', voucherId));
  if (outcome === 'accept') {
    transition(sandbox, record, 'REFUNDED', { refundDate: sandbox.clock.nowIso() });
  } else {
    transition(sandbox, record, 'REFUND_REJECTED');
  }
  sandbox.changed();
  return record;
}

/** An unconfirmed voucher is CANCELED at `resaExpireDate` (§5). */
export function expireReservation(sandbox: Sandbox, record: VoucherRecord): boolean {
  if (record.voucher.state !== 'RESERVED') return false;
  cancel(sandbox, record);
  sandbox.changed();
  return true;
}

export function findVoucher(sandbox: Sandbox, voucherId: string): VoucherRecord {
  const record = sandbox.state.vouchers.get(voucherId);
  if (!record) throw new ApiError('NOT_FOUND', `No voucher ${voucherId}`);
  return record;
}

/** The voucher as the API answers it: euros, and a fresh signed PDF URL when READY. */
export function voucherWire(sandbox: Sandbox, record: VoucherRecord): Record<string, unknown> {
  return z.encode(voucherSchema, voucherView(sandbox, record));
}

/** The voucher with its fresh signed URL when READY (amounts still in cents). */
function voucherView(sandbox: Sandbox, record: VoucherRecord): Voucher {
  if (record.voucher.state !== 'READY') return record.voucher;
  return { ...record.voucher, signedUrl: freshSignedUrl(sandbox, record.voucher.id).signedUrl };
}

export function freshSignedUrl(sandbox: Sandbox, voucherId: string): { signedUrl: string; expiresAt: string } {
  const expiresAtMs = sandbox.clock.now() + SIGNED_URL_LIFETIME_S * 1000;
  const { query, expiresS } = signFileUrl(signingKey(sandbox), voucherId, expiresAtMs);
  return {
    signedUrl: `${sandbox.publicUrl}${signedFilePath(voucherId)}?${query}`,
    expiresAt: new Date(expiresS * 1000).toISOString(),
  };
}

/** Derived from the API signature so that links survive a restart of the same sandbox. */
export function signingKey(sandbox: Sandbox): string {
  return `signed-files:${sandbox.config.credentials.apiSignature}`;
}

/** After a restart, puts back the timers of vouchers that were waiting for something. */
export function rescheduleVoucherTimers(sandbox: Sandbox, record: VoucherRecord): void {
  const { voucher } = record;
  if (voucher.state === 'RESERVED') scheduleExpiry(sandbox, record);
  if (voucher.state === 'CONFIRMED') scheduleReady(sandbox, record);
  if (voucher.state === 'REFUNDING') scheduleRefundDecision(sandbox, record);
}

function confirm(sandbox: Sandbox, record: VoucherRecord): void {
  sandbox.scheduler.cancel(timerKey('expire', record.voucher.id));
  transition(sandbox, record, 'CONFIRMED', { confirmDate: sandbox.clock.nowIso() });
  scheduleReady(sandbox, record);
}

function cancel(sandbox: Sandbox, record: VoucherRecord): void {
  sandbox.scheduler.cancel(timerKey('expire', record.voucher.id));
  transition(sandbox, record, 'CANCELED', { canceledDate: sandbox.clock.nowIso() });
}

function requestRefund(sandbox: Sandbox, record: VoucherRecord): void {
  sandbox.scheduler.cancel(timerKey('ready', record.voucher.id));
  transition(sandbox, record, 'REFUNDING');
  scheduleRefundDecision(sandbox, record);
}

function scheduleExpiry(sandbox: Sandbox, record: VoucherRecord): void {
  const dueAt = Date.parse(record.voucher.resaExpireDate ?? record.voucher.reservationDate);
  sandbox.scheduler.schedule(timerKey('expire', record.voucher.id), dueAt, () => expireReservation(sandbox, record));
}

function scheduleReady(sandbox: Sandbox, record: VoucherRecord): void {
  const confirmedAt = Date.parse(record.voucher.confirmDate ?? sandbox.clock.nowIso());
  sandbox.scheduler.schedule(timerKey('ready', record.voucher.id), confirmedAt + sandbox.settings.readyDelayMs, () => {
    if (record.voucher.state !== 'CONFIRMED') return;
    record.issued ??= newCardCode();
    transition(sandbox, record, 'READY');
    sandbox.changed();
  });
}

function scheduleRefundDecision(sandbox: Sandbox, record: VoucherRecord): void {
  const policy = sandbox.catalogue.get(record.voucher.storeId)?.refundPolicy;
  if (!policy || policy.outcome === 'manual') return;
  const outcome = policy.outcome;
  sandbox.scheduler.schedule(timerKey('refund', record.voucher.id), sandbox.clock.now() + policy.delayMs, () => {
    if (record.voucher.state === 'REFUNDING') resolveRefund(sandbox, record.voucher.id, outcome);
  });
}

/** Changes the state and announces it (§6: every step has its event, except REFUNDING). */
function transition(sandbox: Sandbox, record: VoucherRecord, state: VoucherState, dates: Partial<Voucher> = {}): void {
  Object.assign(record.voucher, dates, { state });
  publishState(sandbox, record);
}

function publishState(sandbox: Sandbox, record: VoucherRecord): void {
  const event = couponEnvelope(voucherView(sandbox, record), sandbox.clock.now());
  if (event) sandbox.webhooks.publish(event);
}

function timerKey(kind: 'expire' | 'ready' | 'refund', voucherId: string): string {
  return `${kind}:${voucherId}`;
}

function refusalMessage(
  code: string,
  storeName: string,
  quote: { valueCents: number; priceCents: number },
  amountCents: number,
): string {
  const euros = (cents: number) => (cents / 100).toFixed(2);
  if (code === 'STORE_DISABLED') return `Store ${storeName} is disabled`;
  if (code === 'VALUE_NOT_ALLOWED')
    return `A voucher of ${euros(quote.valueCents)} EUR is not an allowed value for ${storeName}`;
  return `The price ${euros(quote.priceCents)} EUR exceeds the session amount ${euros(amountCents)} EUR`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}
