import { routes, type Store } from '@jackpot-portal/jackpot-core';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  nonRefundableStore,
  pickVoucher,
  refundableStore,
  requirePick,
  type VoucherPick,
} from '../src/catalogue-picks';
import { expectContractError, expectRawContractError } from '../src/expectations';
import { jackpotClient } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { hasSandboxControl, NEEDS_CONTROL } from '../src/target';
import { readyVoucher, reserve, waitForState } from '../src/vouchers';

const client = jackpotClient();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let stores: Store[];
let pick: VoucherPick;

beforeAll(async () => {
  stores = await client.listStores();
  pick = requirePick(pickVoucher(stores), 'enabled store with an offer');
});

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('§4 GET /v2/voucher/{voucherId}', () => {
  it('answers the voucher as reserved', async () => {
    const { voucher } = await reserve(client, pick);
    expect(await client.getVoucher(voucher.id)).toEqual(voucher);
  });

  it('answers 404 NOT_FOUND for an unknown voucher, on every voucher route', async () => {
    await expectContractError(client.getVoucher(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.confirmVoucher(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.cancelVoucher(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.refundVoucher(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.getVoucherUrl(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.getVoucherAttachment(UNKNOWN_ID), 'NOT_FOUND');
  });
});

describe('§5 confirm', () => {
  it('moves RESERVED to CONFIRMED, then Jackpot issues it: READY with a signed URL', async () => {
    const { voucher } = await reserve(client, pick, { forceManualConfirm: true });
    const confirmed = await client.confirmVoucher(voucher.id);
    expect(confirmed.state === 'CONFIRMED' || confirmed.state === 'READY').toBe(true);
    expect(confirmed.confirmDate).toBeTruthy();
    const ready = await waitForState(client, voucher.id, 'READY');
    expect(ready.signedUrl).toMatch(/^https?:\/\//);
    expect(ready.confirmDate).toBe(confirmed.confirmDate);
  });

  it('answers a repeated confirmation with 200 and no change', async () => {
    const { voucher } = await reserve(client, pick, { forceManualConfirm: true });
    const first = await client.confirmVoucher(voucher.id);
    const second = await client.confirmVoucher(voucher.id);
    expect(second.confirmDate).toBe(first.confirmDate);
    expect(['CONFIRMED', 'READY']).toContain(second.state);
  });

  it('refuses to confirm a CANCELED voucher: 409 INVALID_STATE', async () => {
    const { voucher } = await reserve(client, pick);
    await client.cancelVoucher(voucher.id);
    await expectContractError(client.confirmVoucher(voucher.id), 'INVALID_STATE');
  });
});

describe('§5 cancel', () => {
  it('moves RESERVED to CANCELED, and a repeat answers 200 with no change', async () => {
    const { voucher } = await reserve(client, pick);
    const canceled = await client.cancelVoucher(voucher.id);
    expect(canceled.state).toBe('CANCELED');
    expect(canceled.canceledDate).toBeTruthy();
    expect(await client.cancelVoucher(voucher.id)).toEqual(canceled);
  });

  it('refuses to cancel a CONFIRMED voucher: 409 INVALID_STATE', async () => {
    const { voucher } = await reserve(client, pick, { forceManualConfirm: true });
    await client.confirmVoucher(voucher.id);
    await expectContractError(client.cancelVoucher(voucher.id), 'INVALID_STATE');
    expect((await client.getVoucher(voucher.id)).state).not.toBe('CANCELED');
  });
});

describe('§5 refund', () => {
  it('refuses a refund on a store that does not accept refunds: 409 NOT_REFUNDABLE', async () => {
    const nonRefundable = requirePick(pickVoucher(stores, nonRefundableStore), 'enabled non-refundable store');
    const voucher = await readyVoucher(client, nonRefundable);
    await expectContractError(client.refundVoucher(voucher.id), 'NOT_REFUNDABLE');
    expect((await client.getVoucher(voucher.id)).state).toBe('READY');
  });

  it('refuses to refund a RESERVED voucher: 409 INVALID_STATE', async () => {
    const refundable = requirePick(pickVoucher(stores, refundableStore), 'enabled refundable store');
    const { voucher } = await reserve(client, refundable);
    await expectContractError(client.refundVoucher(voucher.id), 'INVALID_STATE');
  });

  it('moves a READY voucher of a refundable store to REFUNDING; a repeat answers 200', async () => {
    const refundable = requirePick(pickVoucher(stores, refundableStore), 'enabled refundable store');
    const voucher = await readyVoucher(client, refundable);
    const refunding = await client.refundVoucher(voucher.id);
    expect(['REFUNDING', 'REFUNDED', 'REFUND_REJECTED']).toContain(refunding.state);
    await expect(client.refundVoucher(voucher.id)).resolves.toMatchObject({ id: voucher.id });
    await expectContractError(client.cancelVoucher(voucher.id), 'INVALID_STATE');
  });
});

describe('§4 wrong method', () => {
  it('does not confirm through GET', async () => {
    const { voucher } = await reserve(client, pick);
    const answer = await rawRequest('GET', routes.confirmVoucher(voucher.id), {
      bearer: await client.m2mAccessToken(),
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect((await client.getVoucher(voucher.id)).state).toBe('RESERVED');
  });

  it('refuses a confirmation without credentials: 401', async () => {
    const { voucher } = await reserve(client, pick);
    expectRawContractError(await rawRequest('PUT', routes.confirmVoucher(voucher.id)), 'UNAUTHENTICATED');
  });
});

describe.skipIf(!hasSandboxControl())(`§5 the store's refund decision ${NEEDS_CONTROL}`, () => {
  async function refundingVoucher() {
    const refundable = requirePick(pickVoucher(stores, refundableStore), 'enabled refundable store');
    const policy = await sandboxControl('GET', `/stores/${refundable.store.id}/refund-policy`);
    await sandboxControl('PUT', `/stores/${refundable.store.id}/refund-policy`, { outcome: 'manual' });
    try {
      const voucher = await readyVoucher(client, refundable);
      return await client.refundVoucher(voucher.id);
    } finally {
      await sandboxControl('PUT', `/stores/${refundable.store.id}/refund-policy`, policy);
    }
  }

  it('moves REFUNDING to REFUNDED when the store accepts', async () => {
    const voucher = await refundingVoucher();
    expect(voucher.state).toBe('REFUNDING');
    await sandboxControl('POST', `/vouchers/${voucher.id}/refund-resolution`, { outcome: 'accept' });
    const refunded = await client.getVoucher(voucher.id);
    expect(refunded.state).toBe('REFUNDED');
    expect(refunded.refundDate).toBeTruthy();
    await expect(client.refundVoucher(voucher.id)).resolves.toMatchObject({ state: 'REFUNDED' });
  });

  it('moves REFUNDING to REFUND_REJECTED when the store refuses', async () => {
    const voucher = await refundingVoucher();
    await sandboxControl('POST', `/vouchers/${voucher.id}/refund-resolution`, { outcome: 'reject' });
    expect((await client.getVoucher(voucher.id)).state).toBe('REFUND_REJECTED');
    await expect(client.refundVoucher(voucher.id)).resolves.toMatchObject({ state: 'REFUND_REJECTED' });
  });
});
