import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { buildDeliveries } from './deliveries';

const orderIds = [randomUUID(), randomUUID()];
const real = orderIds.flatMap((orderId) =>
  ['coupon/reserved', 'coupon/confirmed', 'coupon/ready'].map((event) => ({
    id: randomUUID(),
    event,
    message: { voucherId: randomUUID(), notificationKey: orderId, userId: null, data: {} },
  })),
);

describe('chaos deliveries', () => {
  it('sends every real event, with the shares of duplicates and bad deliveries, and fresh ids for the rest', () => {
    const deliveries = buildDeliveries(real, orderIds, 1_000);
    const count = (kind: string) => deliveries.filter((delivery) => delivery.kind === kind).length;
    expect(deliveries).toHaveLength(1_000);
    expect(count('duplicate')).toBe(300);
    expect(count('malformed')).toBe(50);
    expect(count('wrong-secret')).toBe(20);
    const ids = deliveries.filter((d) => d.kind !== 'duplicate').map((d) => d.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const envelope of real) expect(ids).toContain(envelope.id);
    const valid = new Set(
      deliveries.filter((d) => !['malformed', 'wrong-secret'].includes(d.kind)).map((d) => d.eventId),
    );
    expect(deliveries.filter((d) => d.kind === 'duplicate').every((d) => valid.has(d.eventId))).toBe(true);
  });

  it('never sends fewer than the real events', () => {
    const deliveries = buildDeliveries(real, orderIds, 4);
    for (const envelope of real) expect(deliveries.map((d) => d.eventId)).toContain(envelope.id);
  });
});
