import { randomUUID } from 'node:crypto';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import {
  contextFor,
  createUser,
  grant,
  mirrorSandboxCatalogue,
  sessionUser,
  takesSmallFreeAmounts,
  TEST_CLIENT,
} from './factories';

// Every admin decision on an order claims it first: of two admins deciding at the same moment,
// exactly one decides; the other is told who did, and nothing of theirs is written.

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;
let stores: Store[];
let first: Caller;
let second: Caller;
let firstAdmin: { id: string; name: string | null };
let secondAdmin: { id: string; name: string | null };

beforeAll(async () => {
  stores = (await mirrorSandboxCatalogue(db)).filter(takesSmallFreeAmounts);
  const a = await db.user.create({
    data: { email: `first-${randomUUID()}@example.test`, name: 'First Admin', role: 'ADMIN' },
  });
  const b = await db.user.create({
    data: { email: `second-${randomUUID()}@example.test`, name: 'Second Admin', role: 'ADMIN' },
  });
  firstAdmin = a;
  secondAdmin = b;
  first = createCaller(contextFor(db, sessionUser(a)));
  second = createCaller(contextFor(db, sessionUser(b)));
});
afterAll(() => db.$disconnect());

/** A voucher reserved by a flagged employee (or `ownerId`, flagged for it): waiting for approval. */
async function reserved(options: { flagged: true; refundable?: boolean; ownerId?: string }) {
  const store = stores.find(
    (candidate) => options.refundable === undefined || candidate.refundable === options.refundable,
  )!;
  const owner = options.ownerId
    ? await db.user.update({ where: { id: options.ownerId }, data: { flagged: true } })
    : await createUser(db, { flagged: options.flagged });
  await grant(db, owner.id, 10_000);
  const caller = createCaller(contextFor(db, sessionUser(owner)));
  const { orderId, status } = await caller.orders.reserve({
    requestId: randomUUID(),
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE',
    amountCents: Math.max(store.voucherValueMin, 2_000),
  });
  expect(status).toBe('AWAITING_APPROVAL');
  return { owner, orderId };
}

const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });

/** Both decisions at once: one succeeds, the other is ALREADY_DECIDED naming the winner. */
async function race(decide: (caller: Caller) => Promise<unknown>) {
  const results = await Promise.allSettled([decide(first), decide(second)]);
  const won = results.filter((result) => result.status === 'fulfilled');
  const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const winner = results[0]!.status === 'fulfilled' ? firstAdmin : secondAdmin;
  expect(lost[0]).toMatchObject({
    code: 'CONFLICT',
    message: expect.stringContaining(`Already decided by ${winner.name}`),
    cause: { code: 'ALREADY_DECIDED', params: { by: winner.name } },
  });
  return winner;
}

describe('one decision per order, however many admins click', () => {
  it('approve: one confirmation, one audit row with the request’s IP and user agent', async () => {
    const { orderId } = await reserved({ flagged: true });
    const winner = await race((caller) => caller.admin.approveOrder({ orderId }));
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { ledgerEntries: true, events: { where: { source: 'ADMIN' } } },
    });
    expect(order.status).toBe('CONFIRMED');
    expect(order.decisionById).toBeNull();
    expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['CAPTURE', 'HOLD']);
    expect(order.events).toHaveLength(1);
    expect(await auditOf(orderId)).toMatchObject([
      {
        actorId: winner.id,
        action: 'order.approve',
        targetType: 'order',
        before: { status: 'AWAITING_APPROVAL' },
        after: { status: 'CONFIRMED' },
        ip: TEST_CLIENT.ip,
        userAgent: TEST_CLIENT.userAgent,
      },
    ]);
    // Later, once decided, the refusal still names who decided.
    await expect(second.admin.rejectOrder({ orderId, reason: 'too late' })).rejects.toMatchObject({
      cause: { code: 'ALREADY_DECIDED', params: { by: winner.name } },
    });
  });

  it('reject: one cancellation, the budget back once', async () => {
    const { owner, orderId } = await reserved({ flagged: true });
    await race((caller) => caller.admin.rejectOrder({ orderId, reason: 'Over the team budget' }));
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('CANCELED');
    expect(await availableBalanceCents(db, owner.id)).toBe(10_000);
    expect(await auditOf(orderId)).toHaveLength(1);
  });

  it('approve against reject: exactly one of them happens', async () => {
    const { orderId } = await reserved({ flagged: true });
    const results = await Promise.allSettled([
      first.admin.approveOrder({ orderId }),
      second.admin.rejectOrder({ orderId, reason: 'No' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const audit = await auditOf(orderId);
    expect(audit).toHaveLength(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe(
      audit[0]!.action === 'order.approve' ? 'CONFIRMED' : 'CANCELED',
    );
  });

  it('cancel: one cancellation of a voucher still reserved', async () => {
    const { orderId } = await reserved({ flagged: true });
    await race((caller) => caller.admin.cancelOrder({ orderId, reason: 'Wrong store' }));
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { events: true } });
    expect(order.status).toBe('CANCELED');
    expect(order.events.at(-1)).toMatchObject({ source: 'ADMIN', note: 'Wrong store' });
    expect(await auditOf(orderId)).toMatchObject([{ action: 'order.cancel', after: { status: 'CANCELED' } }]);
  });

  it('refund: one refund request at Jackpot for a confirmed voucher of a refundable store', async () => {
    const { orderId } = await reserved({ flagged: true, refundable: true });
    await first.admin.approveOrder({ orderId });
    await race((caller) => caller.admin.refundOrder({ orderId, reason: 'Employee left' }));
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('REFUNDING');
    expect((await auditOf(orderId)).map((row) => row.action)).toEqual(['order.approve', 'order.refund']);
  });

  it('refuses a refund for a store that takes nothing back, writing nothing', async () => {
    const { orderId } = await reserved({ flagged: true, refundable: false });
    await first.admin.approveOrder({ orderId });
    await expect(second.admin.refundOrder({ orderId, reason: 'Employee left' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await auditOf(orderId)).map((row) => row.action)).toEqual(['order.approve']);
  });

  it('refuses a cancel the state machine does not allow', async () => {
    const { orderId } = await reserved({ flagged: true });
    await first.admin.approveOrder({ orderId });
    await expect(second.admin.cancelOrder({ orderId, reason: 'Too late' })).rejects.toMatchObject({
      cause: { code: 'ALREADY_DECIDED' },
    });
  });
});

describe('an admin never decides on their own voucher', () => {
  it('approve, reject, cancel and refund of one’s own order are refused and write nothing', async () => {
    const { orderId } = await reserved({ flagged: true, ownerId: firstAdmin.id });
    for (const attempt of [
      () => first.admin.approveOrder({ orderId }),
      () => first.admin.rejectOrder({ orderId, reason: 'mine' }),
      () => first.admin.cancelOrder({ orderId, reason: 'mine' }),
      () => first.admin.refundOrder({ orderId, reason: 'mine' }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { code: 'OWN_ACCOUNT' } });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('AWAITING_APPROVAL');
    expect(await auditOf(orderId)).toEqual([]);
    await second.admin.rejectOrder({ orderId, reason: 'Another admin decides' });
  });
});
