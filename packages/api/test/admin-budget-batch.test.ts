import { randomUUID } from 'node:crypto';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, sessionUser, TEST_CLIENT } from './factories';

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
let admin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  const user = await createUser(db, { role: 'ADMIN' });
  adminId = user.id;
  admin = createCaller(contextFor(db, sessionUser(user)));
});
afterAll(() => db.$disconnect());

/** Three enabled employees and a disabled one, all named with a tag only this test uses. */
async function team() {
  const tag = randomUUID().slice(0, 8);
  const users = [];
  for (const disabled of [false, false, false, true]) {
    const user = await createUser(db, { disabled });
    users.push(await db.user.update({ where: { id: user.id }, data: { name: `Team ${tag}` } }));
  }
  return { tag, users };
}

describe('grant to a filtered set', () => {
  it('grants every enabled employee of the selection in one transaction, with one batch audit row', async () => {
    const { tag, users } = await team();
    expect(await admin.admin.countBudgetTargets({ q: tag })).toEqual({ count: 3, balanceCents: 0 });
    const result = await admin.admin.grantBudgetToMany({
      filters: { q: tag },
      amountCents: 2_000,
      reason: 'Noël',
      expectedCount: 3,
    });
    expect(result).toMatchObject({ employees: 3, totalCents: 6_000 });
    expect(await Promise.all(users.map((u) => availableBalanceCents(db, u.id)))).toEqual([2_000, 2_000, 2_000, 0]);
    const audit = await db.auditLog.findMany({ where: { targetType: 'budget-batch', targetId: result.batchId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'budget.grant-batch',
      actorId: adminId,
      ip: TEST_CLIENT.ip,
      data: { amountCents: 2_000, employees: 3, totalCents: 6_000, reason: 'Noël' },
    });
    expect(((audit[0]!.data as { userIds: string[] }).userIds ?? []).sort()).toEqual(
      users
        .slice(0, 3)
        .map((u) => u.id)
        .sort(),
    );
  });

  it('takes back from all or none: one balance too small refuses the whole batch', async () => {
    const { tag, users } = await team();
    await grant(db, users[0]!.id, 1_000);
    await grant(db, users[1]!.id, 1_000);
    await grant(db, users[2]!.id, 300);
    await expect(
      admin.admin.grantBudgetToMany({ filters: { q: tag }, amountCents: -500, reason: 'Correction', expectedCount: 3 }),
    ).rejects.toMatchObject({ cause: { code: 'INSUFFICIENT_BUDGET' } });
    expect(await Promise.all(users.map((u) => availableBalanceCents(db, u.id)))).toEqual([1_000, 1_000, 300, 0]);
    // Filtered to those with enough (has budget left is > 0: here a search narrows it down).
    await admin.admin.grantBudgetToMany({
      filters: { q: users[0]!.email },
      amountCents: -500,
      reason: 'Correction',
      expectedCount: 1,
    });
    expect(await availableBalanceCents(db, users[0]!.id)).toBe(500);
  });

  it('refuses when the selection changed since the admin saw its count, writing nothing', async () => {
    const { tag, users } = await team();
    await expect(
      admin.admin.grantBudgetToMany({ filters: { q: tag }, amountCents: 1_000, reason: 'Prime', expectedCount: 2 }),
    ).rejects.toMatchObject({ cause: { code: 'CONFLICT' } });
    expect(await Promise.all(users.map((u) => availableBalanceCents(db, u.id)))).toEqual([0, 0, 0, 0]);
    expect(
      await db.auditLog.count({ where: { action: 'budget.grant-batch', data: { path: ['reason'], equals: 'Prime' } } }),
    ).toBe(0);
  });
});
