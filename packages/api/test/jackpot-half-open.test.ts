import { isJackpotError } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AppError } from '../src/errors';
import { getVoucherPdf } from '../src/services/orders/get-voucher-pdf';
import { mirrorSandboxCatalogue } from './factories';
import { eventually, type Portal, reserveSmallVoucher, startPortal } from './jobs-harness';

// Connections that stay open and say nothing: the sandbox's halfOpenRate (the request is read,
// never answered, never closed) and stallBodyRate (status, headers and half the body, then
// nothing). The client's one timeout per attempt (AbortSignal.timeout on the fetch) must end
// both: the second is past the headers, where a timeout on the request alone would wait forever.
let portal: Portal;
let order: { id: string; jackpotVoucherId: string; userId: string };
const TIMEOUT_MS = 500;

beforeAll(async () => {
  portal = await startPortal({ schema: 'pgboss_half_open' });
  const { orderId } = await reserveSmallVoucher(portal, await mirrorSandboxCatalogue(portal.db));
  const ready = await eventually(
    async () => {
      const found = await portal.db.order.findUniqueOrThrow({ where: { id: orderId } });
      return found.status === 'READY' ? found : null;
    },
    15_000,
    'order READY',
  );
  order = { id: ready.id, jackpotVoucherId: ready.jackpotVoucherId!, userId: ready.userId };
});
afterAll(async () => {
  await portal.control('faults', {}, 'DELETE');
  await portal.stop();
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('half-open connections at Jackpot', () => {
  it('a request never answered nor closed: each attempt ends at the client timeout', async () => {
    await portal.control('faults', { routes: [{ match: 'getVoucher', halfOpenRate: 1 }] }, 'PUT');
    const error = await failureOf(portal.jackpotWith({ timeoutMs: TIMEOUT_MS }).getVoucher(order.jackpotVoucherId));
    expect(isJackpotError(error) && error.kind).toBe('timeout');
    expect((error as Error).message).toContain(`no answer within ${TIMEOUT_MS} ms (request)`);
  });

  it('a PDF stalled mid-body: the timeout covers reading the body; the employee gets JACKPOT_UNAVAILABLE', async () => {
    await portal.control('faults', { routes: [{ match: 'getVoucherAttachment', stallBodyRate: 1 }] }, 'PUT');
    const jackpot = portal.jackpotWith({ timeoutMs: TIMEOUT_MS });
    const error = await failureOf(jackpot.getVoucherAttachment(order.jackpotVoucherId));
    expect(isJackpotError(error) && error.kind).toBe('timeout');
    expect((error as Error).message).toContain(`no answer within ${TIMEOUT_MS} ms (reading the answer)`);

    const pdf = await failureOf(
      getVoucherPdf(
        { db: portal.db, jackpot },
        { orderId: order.id, requester: { id: order.userId, role: 'EMPLOYEE' } },
      ),
    );
    expect(pdf).toBeInstanceOf(AppError);
    expect((pdf as AppError).code).toBe('JACKPOT_UNAVAILABLE');

    // The same PDF once Jackpot answers whole again.
    await portal.control('faults', {}, 'DELETE');
    const whole = await jackpot.getVoucherAttachment(order.jackpotVoucherId);
    expect(Buffer.from(whole.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
