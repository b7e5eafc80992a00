import { timingSafeEqual } from 'node:crypto';

import { nonNegativeEurosAsCents, SANDBOX_CONTROL_HEADER, VOUCHER_STATES } from '@jackpot-portal/jackpot-core';
import { Hono } from 'hono';
import { z } from 'zod';

import { ApiError } from '../errors';
import { faultsSchema } from '../faults/config';
import { type Sandbox } from '../sandbox';
import { advanceClock, expireReservations, setStoreEnabled, updateStore } from './control-actions';
import { expireReservation, findVoucher, resolveRefund, voucherWire } from '../vouchers/lifecycle';
import { readJson, readQuery } from './http';

const settingsPatchSchema = z.strictObject({
  autoConfirm: z.boolean().optional(),
  webhookUrl: z.url().nullable().optional(),
  readyDelayMs: z.number().int().min(0).optional(),
  reservationTtlS: z.number().int().min(0).optional(),
});

const storePatchSchema = z.strictObject({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  mentions: z.string().optional(),
  category: z.string().optional(),
  baseColor: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/)
    .optional(),
  shippingTime: z.string().optional(),
  validityDate: z.string().optional(),
  refundable: z.boolean().optional(),
  // Euros, as on the wire.
  voucherValueMin: nonNegativeEurosAsCents.optional(),
  voucherValueMax: nonNegativeEurosAsCents.optional(),
  voucherPossibleDiscreteValues: z.array(nonNegativeEurosAsCents).optional(),
});

const refundPolicySchema = z.strictObject({
  outcome: z.enum(['accept', 'reject', 'manual']),
  delayMs: z.number().int().min(0).default(0),
});

/** `/_sandbox/*`: what tests and developers use to steer the sandbox. Guarded by x-sandbox-token. */
export function controlRoutes(sandbox: Sandbox): Hono {
  const control = new Hono();

  control.use('*', async (c, next) => {
    const given = Buffer.from(c.req.header(SANDBOX_CONTROL_HEADER) ?? '');
    const expected = Buffer.from(sandbox.config.controlToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new ApiError(
        'UNAUTHENTICATED',
        `Send the control token in the ${SANDBOX_CONTROL_HEADER} header (SANDBOX_CONTROL_TOKEN, printed at start-up)`,
      );
    }
    await next();
  });

  control.get('/', (c) =>
    c.json({
      now: sandbox.clock.nowIso(),
      clockOffsetMs: sandbox.clock.offset,
      settings: sandbox.settings,
      counts: {
        stores: sandbox.catalogue.all().length,
        vouchers: sandbox.state.vouchers.size,
        sessions: sandbox.state.sessions.size,
        deliveries: sandbox.webhooks.list().length,
        pendingTimers: sandbox.scheduler.size,
        voucherReads: sandbox.voucherReads,
      },
      // CPU time lets a benchmark tell the sandbox's own cost from a busy machine's.
      process: {
        cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
        rssMb: Math.round(process.memoryUsage.rss() / 1e6),
      },
    }),
  );

  control.post('/reset', (c) => {
    sandbox.reset();
    return c.json({ reset: true });
  });

  control.get('/settings', (c) => c.json(sandbox.settings));
  control.patch('/settings', async (c) => {
    const patch = await readJson(c, settingsPatchSchema);
    const { webhookUrl, ...rest } = patch;
    Object.assign(
      sandbox.settings,
      Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    );
    if (webhookUrl !== undefined) sandbox.settings.webhookUrl = webhookUrl ?? undefined;
    return c.json(sandbox.settings);
  });

  control.get('/faults', (c) => c.json(sandbox.settings.faults));
  control.put('/faults', async (c) => {
    sandbox.settings.faults = await readJson(c, faultsSchema);
    return c.json(sandbox.settings.faults);
  });
  control.delete('/faults', (c) => {
    sandbox.settings.faults = faultsSchema.parse({});
    return c.json(sandbox.settings.faults);
  });

  control.get('/clock', (c) => c.json({ now: sandbox.clock.nowIso(), offsetMs: sandbox.clock.offset }));
  control.post('/clock/advance', async (c) => {
    const { ms } = await readJson(c, z.strictObject({ ms: z.number().int().min(0) }));
    advanceClock(sandbox, ms);
    return c.json({ now: sandbox.clock.nowIso(), offsetMs: sandbox.clock.offset });
  });

  control.post('/reservations/expire', async (c) => {
    const { voucherId } = await readJson(c, z.strictObject({ voucherId: z.string().optional() }));
    if (voucherId) {
      const record = findVoucher(sandbox, voucherId);
      return c.json({ expired: expireReservation(sandbox, record) ? [voucherId] : [] });
    }
    return c.json({ expired: expireReservations(sandbox) });
  });

  control.get('/vouchers', (c) => {
    const query = readQuery(
      c,
      z.object({
        state: z.enum(VOUCHER_STATES).optional(),
        storeId: z.string().optional(),
        notificationKey: z.string().optional(),
      }),
    );
    const vouchers = [...sandbox.state.vouchers.values()]
      .filter(({ voucher }) => (query.state ? voucher.state === query.state : true))
      .filter(({ voucher }) => (query.storeId ? voucher.storeId === query.storeId : true))
      .filter(({ voucher }) => (query.notificationKey ? voucher.notificationKey === query.notificationKey : true))
      .map((record) => ({ ...voucherWire(sandbox, record), ...(record.issued ? { issued: record.issued } : {}) }));
    return c.json({ vouchers });
  });

  control.post('/vouchers/:voucherId/refund-resolution', async (c) => {
    const { outcome } = await readJson(c, z.strictObject({ outcome: z.enum(['accept', 'reject']) }));
    return c.json(voucherWire(sandbox, resolveRefund(sandbox, c.req.param('voucherId'), outcome)));
  });

  control.post('/stores/:storeId/enable', (c) => c.json(setStoreEnabled(sandbox, c.req.param('storeId'), true)));
  control.post('/stores/:storeId/disable', (c) => c.json(setStoreEnabled(sandbox, c.req.param('storeId'), false)));
  control.patch('/stores/:storeId', async (c) => {
    const patch = await readJson(c, storePatchSchema);
    return c.json(updateStore(sandbox, c.req.param('storeId'), patch));
  });
  control.get('/stores/:storeId/refund-policy', (c) => {
    const entry = sandbox.catalogue.get(c.req.param('storeId'));
    if (!entry) throw new ApiError('NOT_FOUND', `No store ${c.req.param('storeId')}`);
    return c.json(entry.refundPolicy);
  });
  control.put('/stores/:storeId/refund-policy', async (c) => {
    const policy = await readJson(c, refundPolicySchema);
    const entry = sandbox.catalogue.setRefundPolicy(c.req.param('storeId'), policy);
    if (!entry) throw new ApiError('NOT_FOUND', `No store ${c.req.param('storeId')}`);
    sandbox.changed();
    return c.json(entry.refundPolicy);
  });

  control.get('/deliveries', (c) => {
    const query = readQuery(
      c,
      z.object({
        event: z.string().optional(),
        state: z.string().optional(),
        eventId: z.string().optional(),
        voucherId: z.string().optional(),
      }),
    );
    const deliveries = sandbox.webhooks
      .list()
      .filter((d) => (query.event ? d.event === query.event : true))
      .filter((d) => (query.state ? d.state === query.state : true))
      .filter((d) => (query.eventId ? d.eventId === query.eventId : true))
      .filter((d) => (query.voucherId ? d.envelope.message.voucherId === query.voucherId : true));
    return c.json({ deliveries });
  });
  control.post('/deliveries/:eventId/redeliver', (c) => {
    const delivery = sandbox.webhooks.redeliver(c.req.param('eventId'));
    if (!delivery) throw new ApiError('NOT_FOUND', `No event ${c.req.param('eventId')} was ever published`);
    return c.json(delivery, 202);
  });

  return control;
}
