import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, mirrorSandboxCatalogue, sessionUser, takesSmallFreeAmounts } from './factories';

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
let store: Store;
let admin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  store = (await mirrorSandboxCatalogue(db)).find(takesSmallFreeAmounts)!;
  const user = await createUser(db, { role: 'ADMIN' });
  adminId = user.id;
  admin = createCaller(contextFor(db, sessionUser(user)));
});
afterAll(() => db.$disconnect());

/** A voucher of a flagged employee (or of `ownerId`), waiting for approval. */
async function waiting(ownerId?: string) {
  const owner = ownerId
    ? await db.user.update({ where: { id: ownerId }, data: { flagged: true } })
    : await createUser(db, { flagged: true });
  await grant(db, owner.id, 10_000);
  const { orderId, status } = await createCaller(contextFor(db, sessionUser(owner))).orders.reserve({
    requestId: randomUUID(),
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE',
    amountCents: Math.max(store.voucherValueMin, 2_000),
  });
  expect(status).toBe('AWAITING_APPROVAL');
  return orderId;
}

describe('bulk decisions on the approvals queue', () => {
  it('approves each order as its own guarded decision and reports each, one failure not stopping the others', async () => {
    const [a, b] = [await waiting(), await waiting()];
    const own = await waiting(adminId);
    await admin.admin.approveOrder({ orderId: b });
    const { results } = await admin.admin.decideOrders({ orderIds: [a, b, own], approve: true });
    expect(results).toMatchObject([
      { orderId: a, ok: true, status: expect.stringMatching(/CONFIRMED|READY/) },
      { orderId: b, ok: false, code: 'ALREADY_DECIDED' },
      { orderId: own, ok: false, code: 'OWN_ACCOUNT' },
    ]);
    expect(await db.auditLog.count({ where: { targetId: a, action: 'order.approve' } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: b, action: 'order.approve' } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: own } })).toBe(0);
  });

  it('rejects with the reason on each audit row; a rejection without a reason is refused whole', async () => {
    const [a, b] = [await waiting(), await waiting()];
    await expect(admin.admin.decideOrders({ orderIds: [a, b], approve: false })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const { results } = await admin.admin.decideOrders({
      orderIds: [a, b],
      approve: false,
      reason: 'Over budget policy',
    });
    expect(results.every((result) => result.ok)).toBe(true);
    const audit = await db.auditLog.findMany({ where: { targetId: { in: [a, b] }, action: 'order.reject' } });
    expect(audit).toHaveLength(2);
    expect(audit.map((row) => (row.data as { reason?: string }).reason)).toEqual([
      'Over budget policy',
      'Over budget policy',
    ]);
    expect((await db.order.findMany({ where: { id: { in: [a, b] } } })).map((o) => o.status)).toEqual([
      'CANCELED',
      'CANCELED',
    ]);
  });
});
