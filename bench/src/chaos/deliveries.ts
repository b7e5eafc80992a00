import { randomUUID } from 'node:crypto';

/** One POST the chaos sends to the portal's webhook receiver. */
export interface Delivery {
  kind: 'event' | 'duplicate' | 'forged-voucher' | 'foreign-key' | 'unknown-event' | 'malformed' | 'wrong-secret';
  eventId: string;
  body: string;
  wrongSecret: boolean;
}

interface Envelope {
  id: string;
  event: string;
  message: Record<string, unknown>;
}

/** Shares of the deliveries, as in issue 14's outside run. */
export const SHARES = { duplicate: 0.3, malformed: 0.05, wrongSecret: 0.02 };

/**
 * M deliveries out of the events Jackpot really sent: every real event once, 30 % duplicates,
 * 5 % malformed bodies, 2 % valid envelopes sent with a wrong secret, and the rest made of valid
 * events that must change nothing (a forged voucher id under a real order, a real voucher
 * under a foreign notification key, an event name the contract does not have) — shuffled.
 * `orderIds` are the portal's orders, for foreign keys that name another real order.
 */
export function buildDeliveries(
  real: Envelope[],
  orderIds: string[],
  total: number,
  random: () => number = Math.random,
): Delivery[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const malformed = Math.round(total * SHARES.malformed);
  const wrongSecret = Math.round(total * SHARES.wrongSecret);
  const duplicates = Math.round(total * SHARES.duplicate);
  const distinct = Math.max(real.length, total - malformed - wrongSecret - duplicates);
  const coupons = real.filter((envelope) => envelope.event.startsWith('coupon/'));

  const valid: Delivery[] = real.map((envelope) => event('event', envelope));
  for (let index = 0; valid.length < distinct; index += 1) {
    const template = structuredClone(pick(coupons));
    template.id = randomUUID();
    const variant = index % 3;
    if (variant === 0) {
      template.message.voucherId = randomUUID();
      valid.push(event('forged-voucher', template));
    } else if (variant === 1) {
      // Half name another real order, half no order at all.
      template.message.notificationKey = index % 2 ? pick(orderIds) : randomUUID();
      valid.push(event('foreign-key', template));
    } else {
      template.event = 'coupon/teleported';
      valid.push(event('unknown-event', template));
    }
  }
  const deliveries: Delivery[] = [...valid];
  for (let index = 0; index < duplicates; index += 1) deliveries.push({ ...pick(valid), kind: 'duplicate' });
  for (let index = 0; index < malformed; index += 1) {
    const body = JSON.stringify({ ...pick(coupons), id: randomUUID() });
    const eventId = (JSON.parse(body) as Envelope).id;
    // Cut short, or valid JSON that is not an envelope.
    deliveries.push({
      kind: 'malformed',
      eventId,
      body: index % 2 ? body.slice(0, Math.floor(body.length / 2)) : JSON.stringify({ id: eventId, hello: 'world' }),
      wrongSecret: false,
    });
  }
  for (let index = 0; index < wrongSecret; index += 1)
    deliveries.push({ ...event('wrong-secret', { ...pick(coupons), id: randomUUID() }), wrongSecret: true });
  // Fisher–Yates.
  for (let index = deliveries.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [deliveries[index], deliveries[other]] = [deliveries[other]!, deliveries[index]!];
  }
  return deliveries;
}

function event(kind: Delivery['kind'], envelope: Envelope): Delivery {
  return { kind, eventId: envelope.id, body: JSON.stringify(envelope), wrongSecret: false };
}
