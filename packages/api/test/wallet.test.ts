import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createOrder, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());
const createCaller = createCallerFactory(appRouter);

async function employee() {
  const user = await createUser(db);
  return { user, caller: createCaller(contextFor(db, sessionUser(user))) };
}

describe('orders.markUsed (the wallet)', () => {
  it('marks the owner’s ready voucher as used and back, and nothing else', { tags: ['security'] }, async () => {
    const owner = await employee();
    const other = await employee();
    const order = await createOrder(db, owner.user.id);
    await expect(owner.caller.orders.markUsed({ orderId: order.id, used: true })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await db.order.update({ where: { id: order.id }, data: { status: 'READY' } });

    await owner.caller.orders.markUsed({ orderId: order.id, used: true });
    const [listed] = await owner.caller.orders.list();
    expect(listed?.usedAt).toBeInstanceOf(Date);

    await expect(other.caller.orders.markUsed({ orderId: order.id, used: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).usedAt).not.toBeNull();

    await owner.caller.orders.markUsed({ orderId: order.id, used: false });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).usedAt).toBeNull();
  });
});
