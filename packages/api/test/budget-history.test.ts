import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { grantBudget } from '../src/services/ledger/grant-budget';
import { holdBudget } from '../src/services/ledger/hold-budget';
import { settleHold } from '../src/services/ledger/settle-hold';
import { createCallerFactory } from '../src/trpc';
import { auditActor, contextFor, createOrder, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());
const createCaller = createCallerFactory(appRouter);

async function employee() {
  const user = await createUser(db);
  return { user, caller: createCaller(contextFor(db, sessionUser(user))) };
}

describe('me.budgetHistory', () => {
  it('lists grants with their reason, holds, releases and refunds, newest first, with the running balance', async () => {
    const { user, caller } = await employee();
    const admin = await createUser(db, { role: 'ADMIN' });
    await grantBudget(
      { db },
      { userId: user.id, amountCents: 10_000, reason: 'Welcome budget', actor: auditActor(admin) },
    );
    const kept = await createOrder(db, user.id, 3_000);
    const given = await createOrder(db, user.id, 2_000);
    const keptHold = await db.$transaction((tx) =>
      holdBudget({ db: tx }, { userId: user.id, orderId: kept.id, amountCents: 3_000 }),
    );
    const givenHold = await db.$transaction((tx) =>
      holdBudget({ db: tx }, { userId: user.id, orderId: given.id, amountCents: 2_000 }),
    );
    await db.$transaction((tx) => settleHold({ db: tx }, { hold: keptHold.id, kind: 'CAPTURE' }));
    await db.$transaction((tx) => settleHold({ db: tx }, { hold: givenHold.id, kind: 'RELEASE', reason: 'canceled' }));
    await db.$transaction((tx) => settleHold({ db: tx }, { hold: keptHold.id, kind: 'REFUND', reason: 'refunded' }));

    const history = await caller.me.budgetHistory({});
    expect(history.map((row) => row.kind)).toEqual(['REFUND', 'RELEASE', 'HOLD', 'HOLD', 'GRANT']);
    expect(history.map((row) => row.amountCents).sort((a, b) => a - b)).toEqual([-3_000, -2_000, 2_000, 3_000, 10_000]);
    // Each entry's balance is the one before it plus its amount; the newest is today's balance.
    expect(history[0]?.balanceAfterCents).toBe(10_000);
    for (const [index, row] of history.entries()) {
      const before = history[index + 1]?.balanceAfterCents ?? 0;
      expect(row.balanceAfterCents).toBe(before + row.amountCents);
    }
    expect(history.at(-1)?.reason).toBe('Welcome budget');
    expect(history[0]?.storeName).toBe('Test store');

    const stranger = await employee();
    expect(await stranger.caller.me.budgetHistory({})).toEqual([]);
  });
});
