import {
  ATTACHMENT_CONTENT_TYPE,
  NOT_READY_ERROR_CODE,
  SIGNED_URL_LIFETIME_S,
  type Store,
} from '@jackpot-portal/jackpot-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick, type VoucherPick } from '../src/catalogue-picks';
import { expectContractError } from '../src/expectations';
import { jackpotClient } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { hasSandboxControl, NEEDS_CONTROL } from '../src/target';
import { readyVoucher, reserve } from '../src/vouchers';

const client = jackpotClient();
let stores: Store[];
let pick: VoucherPick;

beforeAll(async () => {
  stores = await client.listStores();
  pick = requirePick(pickVoucher(stores), 'enabled store with an offer');
});

// The sandbox's clock may have been advanced by earlier tests; a real Jackpot runs on ours.
async function targetNow(): Promise<number> {
  if (!hasSandboxControl()) return Date.now();
  const clock = (await sandboxControl('GET', '/clock')) as { now: string };
  return Date.parse(clock.now);
}

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('§4 voucher url and attachment', () => {
  it('refuses both before READY: 409 INVALID_STATE', async () => {
    const { voucher } = await reserve(client, pick, { forceManualConfirm: true });
    await expectContractError(client.getVoucherUrl(voucher.id), NOT_READY_ERROR_CODE);
    await expectContractError(client.getVoucherAttachment(voucher.id), NOT_READY_ERROR_CODE);
  });

  it('answers a signed URL valid one hour, that serves the PDF', async () => {
    const voucher = await readyVoucher(client, pick);
    const url = await client.getVoucherUrl(voucher.id);
    // Within a minute of the hour: the two clocks may differ a little.
    const lifetimeMs = Date.parse(url.expiresAt) - (await targetNow());
    expect(Math.abs(lifetimeMs - SIGNED_URL_LIFETIME_S * 1000)).toBeLessThan(60_000);
    const file = await fetch(url.signedUrl, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    expect(file.status).toBe(200);
    expect(isPdf(new Uint8Array(await file.arrayBuffer()))).toBe(true);
  });

  it('answers the attachment as a PDF', async () => {
    const voucher = await readyVoucher(client, pick);
    const attachment = await client.getVoucherAttachment(voucher.id);
    expect(attachment.contentType).toContain(ATTACHMENT_CONTENT_TYPE);
    expect(isPdf(attachment.bytes)).toBe(true);
  });

  it('refuses an altered signed URL', async () => {
    const voucher = await readyVoucher(client, pick);
    const url = new URL((await client.getVoucherUrl(voucher.id)).signedUrl);
    const [name] = [...url.searchParams.keys()].filter((key) => /sig/i.test(key));
    expect(name, `a signature parameter in ${url.search}`).toBeDefined();
    url.searchParams.set(name ?? 'signature', 'tampered');
    const answer = await rawRequest('GET', url.toString());
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe.skipIf(!hasSandboxControl())(`§4 signed URL expiry ${NEEDS_CONTROL}`, () => {
  it('refuses a signed URL after its hour, and hands out a fresh one', async () => {
    const voucher = await readyVoucher(client, pick);
    const { signedUrl } = await client.getVoucherUrl(voucher.id);
    await sandboxControl('POST', '/clock/advance', { ms: SIGNED_URL_LIFETIME_S * 1000 + 1_000 });
    const expired = await rawRequest('GET', signedUrl);
    expect(expired.status).toBeGreaterThanOrEqual(400);
    expect(expired.status).toBeLessThan(500);
    const fresh = await client.getVoucherUrl(voucher.id);
    expect(fresh.signedUrl).not.toBe(signedUrl);
    expect((await fetch(fresh.signedUrl, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
    expect((await client.getVoucher(voucher.id)).signedUrl).not.toBe(signedUrl);
  });
});
