import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { routes } from '@jackpot-portal/jackpot-core';
import { afterAll, describe, expect, it } from 'vitest';

import { eventually, sandbox, WebhookReceiver } from './helpers';

// Each test's data file lives in its own temporary folder, removed once the file's sandboxes are
// stopped (after each test, by the helpers).
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function scratchFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jackpot-sandbox-'));
  folders.push(folder);
  return folder;
}

describe('SANDBOX_DATA_FILE', () => {
  it('keeps vouchers, sessions, used JWTs, deliveries and store changes across a restart', async () => {
    const dir = scratchFolder();
    const dataFile = path.join(dir, 'nested', 'sandbox.json');
    const first = await sandbox({ dataFile, persistDebounceMs: 10, readyDelayMs: 0 });
    const m2m = await first.m2mSession();
    const jwt = await first.jwt();
    expect((await first.exchange(jwt)).status).toBe(200);
    const { voucher, store } = await first.reserve();
    const { voucher: ready } = await first.reserve();
    await first.call('PUT', routes.confirmVoucher(ready.id), { token: m2m });
    await first.control('POST', '/clock/advance', { ms: 1 });
    await first.control('POST', `/stores/${store.id}/disable`);
    const before = await first.call('GET', routes.getVoucher(ready.id), { token: m2m });
    await first.running.stop();

    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(saved.vouchers).toHaveLength(2);
    expect(saved.vouchers[0].voucher.value).toBe(50);
    expect(readdirSync(path.dirname(dataFile))).toEqual(['sandbox.json']);

    const second = await sandbox({ dataFile });
    expect((await second.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body).toMatchObject({
      id: voucher.id,
      state: 'RESERVED',
    });
    const after = await second.call('GET', routes.getVoucher(ready.id), { token: m2m });
    expect(after.body.state).toBe('READY');
    // The signature covers path and expiry, not the host: an earlier link still works on the new port.
    const earlierLink = new URL(before.body.signedUrl);
    expect((await fetch(`${second.url}${earlierLink.pathname}${earlierLink.search}`)).status).toBe(200);
    const reused = await second.exchange(jwt);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('JWT_ALREADY_USED');
    const { body } = await second.control('GET', '/deliveries');
    expect(body.deliveries.length).toBeGreaterThanOrEqual(4);
    expect(
      (await second.call('GET', routes.getStore(store.id), { apikey: second.running.credentials.apiKey })).body.enabled,
    ).toBe(false);

    // The reservation timer was restored: expiry still cancels it after the restart.
    await second.control('POST', '/clock/advance', { ms: 48 * 3600 * 1000 });
    expect(
      (await second.control('GET', `/vouchers?state=CANCELED`)).body.vouchers.map((v: { id: string }) => v.id),
    ).toContain(voucher.id);
  });

  it('resumes deliveries that were still retrying when the sandbox stopped', async () => {
    const dir = scratchFolder();
    const dataFile = path.join(dir, 'sandbox.json');
    const receiver = await WebhookReceiver.start();
    receiver.respond = () => 500;
    const webhookRetry = { firstRetryDelayMs: 10_000, giveUpAfterMs: 60_000, attemptTimeoutMs: 500 };
    const first = await sandbox({ dataFile, webhookUrl: receiver.url, webhookRetry });
    await first.reserve();
    await eventually(() => expect(receiver.received).toHaveLength(1));
    await eventually(async () =>
      expect((await first.control('GET', '/deliveries')).body.deliveries[0].state).toBe('retrying'),
    );
    await first.running.stop();

    receiver.respond = () => 200;
    const second = await sandbox({ dataFile, webhookUrl: receiver.url, webhookRetry });
    const delivery = await eventually(async () => {
      const { body } = await second.control('GET', '/deliveries');
      expect(body.deliveries[0].state).toBe('delivered');
      return body.deliveries[0];
    });
    expect(delivery.attempts.map((a: { status: number }) => a.status)).toEqual([500, 200]);
    expect(new Set(receiver.events().map((e) => e.id)).size).toBe(1);
  });

  it('refuses to start on a file that is not a sandbox data file', async () => {
    const dir = scratchFolder();
    const dataFile = path.join(dir, 'bad.json');
    writeFileSync(dataFile, '{"hello":"world"}');
    await expect(sandbox({ dataFile })).rejects.toThrow(/not a sandbox data file/);
  });
});
