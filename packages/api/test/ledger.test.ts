import { availableBalanceCents, createDb, walletBalanceCents } from '@jackpot-portal/db';
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { grantBudget } from '../src/services/ledger/grant-budget';
import { holdBudget } from '../src/services/ledger/hold-budget';
import { settleHold } from '../src/services/ledger/settle-hold';
import { auditActor, createOrder, createUser, grant } from './factories';

const db = createDb(inject('databaseUrl'), { maxConnections: 30 });
afterAll(() => db.$disconnect());

const hold = (userId: string, orderId: string, amountCents: number) =>
  db.$transaction((tx) => holdBudget({ db: tx }, { userId, orderId, amountCents }));
const settle = (holdId: string, kind: 'RELEASE' | 'CAPTURE' | 'REFUND') =>
  db.$transaction((tx) => settleHold({ db: tx }, { hold: holdId, kind }));

describe('budget ledger', () => {
  it('computes the balance as the sum of grants, holds and settlements', async () => {
    const user = await createUser(db);
    const order = await createOrder(db, user.id);
    await grant(db, user.id, 10_000);
    const entry = await hold(user.id, order.id, 2_500);
    expect(await availableBalanceCents(db, user.id)).toBe(7_500);
    expect(await settle(entry.id, 'CAPTURE')).toBe(true);
    expect(await availableBalanceCents(db, user.id)).toBe(7_500);
    expect(await settle(entry.id, 'REFUND')).toBe(true);
    expect(await availableBalanceCents(db, user.id)).toBe(10_000);
  });

  it('refuses a hold larger than the balance, writing nothing', async () => {
    const user = await createUser(db);
    const order = await createOrder(db, user.id);
    await grant(db, user.id, 1_000);
    await expect(hold(user.id, order.id, 1_001)).rejects.toMatchObject({ code: 'INSUFFICIENT_BUDGET' });
    expect(await db.ledgerEntry.count({ where: { userId: user.id } })).toBe(1);
  });

  it('settles a hold exactly once, whatever the settlement asked again', async () => {
    const user = await createUser(db);
    const order = await createOrder(db, user.id);
    await grant(db, user.id, 5_000);
    const entry = await hold(user.id, order.id, 5_000);
    expect(await settle(entry.id, 'RELEASE')).toBe(true);
    expect(await settle(entry.id, 'RELEASE')).toBe(false);
    expect(await settle(entry.id, 'CAPTURE')).toBe(false);
    expect(await availableBalanceCents(db, user.id)).toBe(5_000);
  });

  it('settles once even when settlements race each other', async () => {
    const user = await createUser(db);
    const order = await createOrder(db, user.id);
    await grant(db, user.id, 5_000);
    const entry = await hold(user.id, order.id, 3_000);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => settle(entry.id, 'RELEASE')));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await availableBalanceCents(db, user.id)).toBe(5_000);
  });

  it('lets the database itself refuse what the code must never do', async () => {
    const user = await createUser(db);
    const order = await createOrder(db, user.id);
    const granted = await grant(db, user.id, 1_000);
    const entry = await hold(user.id, order.id, 400);
    const walletId = order.walletId;
    // Entries are append-only.
    await expect(db.ledgerEntry.update({ where: { id: granted.id }, data: { amountCents: 1 } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.ledgerEntry.delete({ where: { id: granted.id } })).rejects.toThrow(/append-only/);
    // A hold that overdraws, even written directly.
    await expect(
      db.ledgerEntry.create({ data: { userId: user.id, walletId, kind: 'HOLD', amountCents: -601 } }),
    ).rejects.toThrow(/insufficient_budget/);
    // A release that gives back more than was held.
    await expect(
      db.ledgerEntry.create({
        data: { userId: user.id, walletId, kind: 'RELEASE', amountCents: 500, settlesHoldId: entry.id },
      }),
    ).rejects.toThrow(/exactly the held amount/);
    // A refund of a hold that was never captured.
    await expect(
      db.ledgerEntry.create({
        data: { userId: user.id, walletId, kind: 'REFUND', amountCents: 400, refundsHoldId: entry.id },
      }),
    ).rejects.toThrow(/only a captured hold/);
    // A grant with the wrong sign.
    await expect(
      db.ledgerEntry.create({ data: { userId: user.id, walletId, kind: 'GRANT', amountCents: -5 } }),
    ).rejects.toThrow(/ledger_entries_kind_rules/);
    expect(await availableBalanceCents(db, user.id)).toBe(600);
  });

  it('never spends the same euro twice under concurrent holds', async () => {
    const user = await createUser(db);
    await grant(db, user.id, 10_000);
    const orders = await Promise.all(Array.from({ length: 25 }, () => createOrder(db, user.id)));
    // 25 holds of 7 € each against 100 €: exactly 14 fit.
    const results = await Promise.allSettled(orders.map((order) => hold(user.id, order.id, 700)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(14);
    for (const result of results)
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'INSUFFICIENT_BUDGET' });
    expect(await availableBalanceCents(db, user.id)).toBe(200);
  });

  it('keeps each wallet to its own balance under concurrent holds in two wallets of one user', async () => {
    const user = await createUser(db);
    const campaign = await db.campaign.create({
      data: {
        name: 'Race campaign',
        event: 'OTHER',
        year: 2026,
        employeeAmountCents: 3_000,
        perChildAmountCents: 0,
        eligibility: { kind: 'LIST', userIds: [user.id] },
        opensAt: new Date(Date.now() - 3_600_000),
        closesAt: new Date(Date.now() + 3_600_000),
        allowedCategories: [],
        status: 'LAUNCHED',
        createdById: user.id,
      },
    });
    const wallet = await db.wallet.create({
      data: { userId: user.id, campaignId: campaign.id, employeeAmountCents: 3_000 },
    });
    await grant(db, user.id, 3_000, wallet.id);
    await grant(db, user.id, 2_000);
    // 20 holds of 7 € on each wallet at once: 30 € buy 4, 20 € buy 2, and neither wallet lends to the other.
    const campaignOrders = await Promise.all(
      Array.from({ length: 20 }, () => createOrder(db, user.id, 700, wallet.id)),
    );
    const generalOrders = await Promise.all(Array.from({ length: 20 }, () => createOrder(db, user.id, 700)));
    const results = await Promise.allSettled(
      [...campaignOrders, ...generalOrders].map((order) => hold(user.id, order.id, 700)),
    );
    const held = await db.ledgerEntry.findMany({ where: { userId: user.id, kind: 'HOLD' } });
    expect(held.filter((entry) => entry.walletId === wallet.id)).toHaveLength(4);
    expect(held.filter((entry) => entry.walletId !== wallet.id)).toHaveLength(2);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(34);
    expect(await walletBalanceCents(db, wallet.id)).toBe(200);
    expect(await availableBalanceCents(db, user.id)).toBe(800);
    // A settlement stays in its hold's wallet, whatever wallet it names.
    await expect(
      db.ledgerEntry.create({
        data: {
          userId: user.id,
          walletId: (await db.order.findUniqueOrThrow({ where: { id: generalOrders[0]!.id } })).walletId,
          kind: 'RELEASE',
          amountCents: 700,
          settlesHoldId: held.find((entry) => entry.walletId === wallet.id)!.id,
        },
      }),
    ).rejects.toThrow(/same wallet/);
  });

  it('records an admin grant with its audit row, in one transaction', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    const user = await createUser(db);
    const entry = await grantBudget(
      { db },
      { userId: user.id, amountCents: 12_345, reason: 'Quarterly reward', actor: auditActor(admin) },
    );
    expect(await availableBalanceCents(db, user.id)).toBe(12_345);
    const audit = await db.auditLog.findFirst({ where: { targetId: user.id, action: 'budget.grant' } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { amountCents: 12_345, entryId: entry.id } });
  });

  it('refuses a grant to an unknown or disabled employee, writing nothing', async () => {
    const actor = auditActor(await createUser(db, { role: 'ADMIN' }));
    const disabled = await createUser(db, { disabled: true });
    await expect(
      grantBudget({ db }, { userId: disabled.id, amountCents: 100, reason: 'bonus', actor }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      grantBudget({ db }, { userId: '00000000-0000-4000-8000-00000000dead', amountCents: 100, reason: 'bonus', actor }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditLog.count({ where: { targetId: disabled.id } })).toBe(0);
  });
});

// Model-based: random sequences of ledger operations against the real database; a tiny model
// predicts which must succeed and the balance, and the database must agree step by step.
describe('ledger rules (property)', () => {
  type Operation =
    | { kind: 'grant'; cents: number }
    | { kind: 'hold'; cents: number }
    | { kind: 'release' | 'capture' | 'refund'; pick: number };

  const operation: fc.Arbitrary<Operation> = fc.oneof(
    fc.record({ kind: fc.constant('grant' as const), cents: fc.integer({ min: 1, max: 5_000 }) }),
    fc.record({ kind: fc.constant('hold' as const), cents: fc.integer({ min: 1, max: 5_000 }) }),
    fc.record({ kind: fc.constantFrom('release' as const, 'capture' as const, 'refund' as const), pick: fc.nat() }),
  );

  it('keeps the balance equal to the model and never negative', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        const user = await createUser(db);
        const order = await createOrder(db, user.id);
        let balance = 0;
        const holds: Array<{ id: string; cents: number; settled: 'RELEASE' | 'CAPTURE' | null; refunded: boolean }> =
          [];
        for (const op of operations) {
          if (op.kind === 'grant') {
            await grant(db, user.id, op.cents);
            balance += op.cents;
          } else if (op.kind === 'hold') {
            const attempt = hold(user.id, order.id, op.cents);
            if (op.cents <= balance) {
              const entry = await attempt;
              holds.push({ id: entry.id, cents: op.cents, settled: null, refunded: false });
              balance -= op.cents;
            } else {
              await expect(attempt).rejects.toMatchObject({ code: 'INSUFFICIENT_BUDGET' });
            }
          } else if (holds.length > 0) {
            const target = holds[op.pick % holds.length]!;
            if (op.kind === 'refund') {
              const allowed = target.settled === 'CAPTURE' && !target.refunded;
              if (target.settled !== 'CAPTURE') {
                await expect(settle(target.id, 'REFUND')).rejects.toThrow(/only a captured hold/);
              } else {
                expect(await settle(target.id, 'REFUND')).toBe(allowed);
              }
              if (allowed) {
                target.refunded = true;
                balance += target.cents;
              }
            } else {
              const settlement = op.kind === 'release' ? 'RELEASE' : 'CAPTURE';
              const allowed = target.settled === null;
              expect(await settle(target.id, settlement)).toBe(allowed);
              if (allowed) {
                target.settled = settlement;
                if (settlement === 'RELEASE') balance += target.cents;
              }
            }
          }
          expect(await availableBalanceCents(db, user.id)).toBe(balance);
          expect(balance).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 25 },
    );
  });
});
