import { routes } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { startSandbox } from '../src/index';
import { CONTROL_TOKEN, sandbox } from './helpers';

describe('control API guard', () => {
  it('answers 401 without the x-sandbox-token header or with a wrong one', async () => {
    const sbx = await sandbox();
    const attempts: Record<string, string>[] = [
      {},
      { 'x-sandbox-token': 'wrong' },
      { 'x-sandbox-token': `${CONTROL_TOKEN}x` },
    ];
    for (const headers of attempts) {
      const { status, body } = await sbx.call('POST', '/_sandbox/reset', { headers });
      expect(status).toBe(401);
      expect(body.error.code).toBe('UNAUTHENTICATED');
    }
    expect((await sbx.control('GET', '/')).status).toBe(200);
  });

  it('generates a token when none is configured', async () => {
    const running = await startSandbox();
    try {
      expect(running.controlToken.length).toBeGreaterThanOrEqual(20);
      const answer = await fetch(`${running.url}/_sandbox/`, { headers: { 'x-sandbox-token': running.controlToken } });
      expect(answer.status).toBe(200);
    } finally {
      await running.stop();
    }
  });
});

describe('control routes', () => {
  it('reports the state, lists vouchers with their issued codes, and resets everything', async () => {
    const sbx = await sandbox({ readyDelayMs: 0 });
    const m2m = await sbx.m2mSession();
    const { voucher, store } = await sbx.reserve();
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1 });
    await sbx.control('POST', `/stores/${store.id}/disable`);
    await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m });
    const summary = await sbx.control('GET', '/');
    expect(summary.body.counts).toMatchObject({ vouchers: 1, stores: 48, voucherReads: 1 });
    const listed = await sbx.control('GET', '/vouchers?state=READY');
    expect(listed.body.vouchers).toHaveLength(1);
    expect(listed.body.vouchers[0].issued.code).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect((await sbx.control('GET', '/vouchers?state=NOPE')).status).toBe(400);

    await sbx.control('POST', '/reset');
    expect((await sbx.control('GET', '/vouchers')).body.vouchers).toEqual([]);
    expect((await sbx.control('GET', '/deliveries')).body.deliveries).toEqual([]);
    expect(
      (await sbx.call('GET', routes.getStore(store.id), { apikey: sbx.running.credentials.apiKey })).body.enabled,
    ).toBe(true);
    expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).status).toBe(401);
  });

  it('advances the clock forward only', async () => {
    const sbx = await sandbox({ clock: { startAt: '2030-01-01T00:00:00.000Z' } });
    const before = await sbx.control('GET', '/clock');
    expect(before.body.now.startsWith('2030-01-01T00:00')).toBe(true);
    const after = await sbx.control('POST', '/clock/advance', { ms: 86_400_000 });
    expect(after.body.now.startsWith('2030-01-02T00:00')).toBe(true);
    expect((await sbx.control('POST', '/clock/advance', { ms: -1 })).status).toBe(400);
    const { voucher } = await sbx.reserve();
    expect(voucher.reservationDate.startsWith('2030-01-02')).toBe(true);
  });

  it('changes settings at run time and validates them', async () => {
    const sbx = await sandbox();
    const patched = await sbx.control('PATCH', '/settings', { readyDelayMs: 10, reservationTtlS: 60 });
    expect(patched.body).toMatchObject({ readyDelayMs: 10, reservationTtlS: 60, autoConfirm: false });
    const { voucher } = await sbx.reserve();
    expect(Date.parse(voucher.resaExpireDate) - Date.parse(voucher.reservationDate)).toBe(60_000);
    expect((await sbx.control('PATCH', '/settings', { readyDelayMs: 'soon' })).status).toBe(400);
    expect((await sbx.control('PATCH', '/settings', { unknown: true })).status).toBe(400);
  });

  it('404s unknown stores and vouchers', async () => {
    const sbx = await sandbox();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await sbx.control('POST', `/stores/${missing}/enable`)).status).toBe(404);
    expect((await sbx.control('PATCH', `/stores/${missing}`, { name: 'x' })).status).toBe(404);
    expect((await sbx.control('POST', `/vouchers/${missing}/refund-resolution`, { outcome: 'accept' })).status).toBe(
      404,
    );
  });
});
