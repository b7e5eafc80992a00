import { createDb, type Prisma } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { AppError } from '../src/errors';
import { isTransientConflict, runTransaction } from '../src/services/system/run-transaction';
import { createUser } from './factories';

const db = createDb(inject('databaseUrl'), { maxConnections: 10 });
afterAll(() => db.$disconnect());

/** Locks two rows in the given order; with another caller in the opposite order, they meet in between and deadlock. */
async function lockInOrder(tx: Prisma.TransactionClient, first: string, second: string, meet: () => Promise<unknown>) {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${first}::uuid FOR UPDATE`;
  await meet();
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${second}::uuid FOR UPDATE`;
  return 'done';
}

// Resolves once `count` callers have arrived, and at once for any later caller (a retry).
function barrier(count: number) {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived >= count) release();
    return all;
  };
}

describe('runTransaction', () => {
  it('runs a transaction PostgreSQL chose as a deadlock victim again, so both callers succeed', async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    const arrive = barrier(2);
    let attempts = 0;
    const results = await Promise.all([
      runTransaction(db, (tx) => {
        attempts += 1;
        return lockInOrder(tx, a.id, b.id, arrive);
      }),
      runTransaction(db, (tx) => {
        attempts += 1;
        return lockInOrder(tx, b.id, a.id, arrive);
      }),
    ]);
    expect(results).toEqual(['done', 'done']);
    expect(attempts).toBe(3);
  });

  it('gives a plain TRY_AGAIN error once the attempts run out, and leaves other errors alone', async () => {
    const deadlock = Object.assign(new Error('Raw query failed. Code: `40P01`. Message: `deadlock detected`'), {
      code: 'P2010',
      meta: { code: '40P01' },
    });
    expect(isTransientConflict(deadlock)).toBe(true);
    let calls = 0;
    const failing = runTransaction(
      db,
      async () => {
        calls += 1;
        throw deadlock;
      },
      { attempts: 3 },
    );
    await expect(failing).rejects.toBeInstanceOf(AppError);
    await expect(failing).rejects.toMatchObject({ code: 'TRY_AGAIN' });
    expect(calls).toBe(3);

    const refusal = new AppError('INSUFFICIENT_BUDGET', 'Your balance is too low for this voucher.');
    await expect(runTransaction(db, () => Promise.reject(refusal))).rejects.toBe(refusal);
  });
});
