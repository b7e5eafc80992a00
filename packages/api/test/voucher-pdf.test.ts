import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { getVoucherPdf } from '../src/services/orders/get-voucher-pdf';
import { refreshOrder } from '../src/services/orders/refresh-order';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, mirrorSandboxCatalogue, sessionUser, testJackpotClient } from './factories';

const db = createDb(inject('databaseUrl'));
const jackpot = testJackpotClient();
let orderId: string;
let ownerId: string;

beforeAll(async () => {
  const stores = await mirrorSandboxCatalogue(db);
  const store = stores.find(
    (candidate) =>
      candidate.enabled && candidate.voucherPossibleDiscreteValues.length > 0 && candidate.offers.length > 0,
  )!;
  const owner = await createUser(db);
  ownerId = owner.id;
  await grant(db, owner.id, 50_000);
  const caller = createCallerFactory(appRouter)(contextFor(db, sessionUser(owner)));
  const value = Math.min(...store.voucherPossibleDiscreteValues);
  ({ orderId } = await caller.orders.reserve({
    requestId: randomUUID(),
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE',
    amountCents: value,
  }));
});
afterAll(() => db.$disconnect());

describe('voucher PDF', { tags: ['security'] }, () => {
  it('is refused while the voucher is not ready', async () => {
    await expect(
      getVoucherPdf({ db, jackpot }, { orderId: orderId, requester: { id: ownerId, role: 'EMPLOYEE' } }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('becomes READY from Jackpot’s state and is served to its owner as a real PDF', async () => {
    const statusAfterRefresh = async () => {
      const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
      await refreshOrder({ db, jackpot }, { order, hintVoucherId: null, source: 'RECONCILIATION' });
      return (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
    };
    await expect.poll(statusAfterRefresh, { timeout: 5_000, interval: 200 }).toBe('READY');
    const pdf = await getVoucherPdf(
      { db, jackpot },
      { orderId: orderId, requester: { id: ownerId, role: 'EMPLOYEE' } },
    );
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.filename).toMatch(/^voucher-[a-z0-9-]+-[A-Z]{10}\.pdf$/);
    expect(await db.notification.count({ where: { orderId, kind: 'voucher.ready' } })).toBe(1);
  });

  it('is not found for anybody else, and served to an admin', async () => {
    const stranger = await createUser(db);
    await expect(
      getVoucherPdf({ db, jackpot }, { orderId: orderId, requester: { id: stranger.id, role: 'EMPLOYEE' } }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      getVoucherPdf({ db, jackpot }, { orderId: randomUUID(), requester: { id: ownerId, role: 'EMPLOYEE' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const admin = await createUser(db, { role: 'ADMIN' });
    expect(
      (await getVoucherPdf({ db, jackpot }, { orderId: orderId, requester: { id: admin.id, role: 'ADMIN' } }))
        .contentType,
    ).toBe('application/pdf');
  });
});
