import { randomBytes, randomUUID } from 'node:crypto';

import { type Db, generalWalletId } from '@jackpot-portal/db';
import {
  buildWebhookEnvelope,
  COUPON_EVENTS,
  createJackpotClient,
  type JackpotClient,
  quoteByValue,
  type Voucher,
} from '@jackpot-portal/jackpot-core';

import type { BenchStack } from './stack';

/** The session cookie of a new database session for that user (what signing in by email link leaves). */
export async function sessionCookie(db: Db, userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString('base64url');
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 24 * 3600 * 1000) } });
  // http://localhost: the plain cookie name (https would use __Host-authjs.session-token).
  return `authjs.session-token=${sessionToken}`;
}

export async function createEmployee(db: Db, budgetCents: number) {
  const user = await db.user.create({
    data: { email: `bench-${randomUUID()}@acme.example`, name: 'Bench Employee', role: 'EMPLOYEE', locale: 'fr' },
  });
  if (budgetCents > 0)
    await db.ledgerEntry.create({
      data: {
        userId: user.id,
        walletId: await generalWalletId(db, user.id),
        kind: 'GRANT',
        amountCents: budgetCents,
        reason: 'bench',
      },
    });
  return user;
}

export function jackpotFor(stack: BenchStack): JackpotClient {
  return createJackpotClient({
    baseUrl: stack.sandbox.url,
    apiKey: stack.secrets.JACKPOT_API_KEY,
    apiSignature: stack.secrets.JACKPOT_API_SIGNATURE,
    clientSecret: stack.secrets.JACKPOT_CLIENT_SECRET,
    timeoutMs: 30_000,
  });
}

/** A store of the mirror with ranged values around 20 € and an offer: what a reservation picks. */
export async function pickStore(db: Db) {
  const stores = await db.store.findMany({
    where: { enabled: true, discreteValuesCents: { isEmpty: true }, valueMinCents: { lte: 2_000 } },
    include: { offers: true },
    orderBy: { name: 'asc' },
    take: 20,
  });
  const store = stores.find((candidate) => candidate.offers.length > 0 && candidate.valueMaxCents >= 2_000);
  if (!store) throw new Error('no store in the mirror takes a 20 € voucher');
  const offer = store.offers[0]!;
  const valueCents = 2_000;
  const { priceCents } = quoteByValue({ mode: offer.mode, rate: offer.rateBasisPoints / 100 }, valueCents);
  return { store, offer, valueCents, priceCents };
}

export async function sandboxControl(stack: BenchStack, route: string, body?: unknown, method = 'PATCH') {
  const response = await fetch(`${stack.sandbox.url}/_sandbox/${route}`, {
    method: body === undefined ? 'GET' : method,
    headers: { 'x-sandbox-token': stack.sandbox.controlToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${route}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
}

/** Runs `work` over the items, `concurrency` at a time. */
export async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

export interface PreparedOrder {
  orderId: string;
  voucher: Voucher;
}

/**
 * Orders as a reservation leaves them when its answer was lost (PENDING, budget held), each
 * with a real voucher at the sandbox that Jackpot has already confirmed and made READY: the
 * first webhook about it moves the order to READY, captures the hold, notifies, and emails.
 * The sandbox sends no webhook of its own meanwhile.
 */
export async function prepareOrders(stack: BenchStack, count: number): Promise<PreparedOrder[]> {
  const { db } = stack;
  const { store, offer, valueCents, priceCents } = await pickStore(db);
  const users = await Promise.all(
    Array.from({ length: Math.min(100, count) }, async () => {
      const user = await createEmployee(db, Math.ceil(count / 100) * priceCents);
      return { id: user.id, walletId: await generalWalletId(db, user.id) };
    }),
  );
  const orders = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    userId: users[index % users.length]!.id,
    walletId: users[index % users.length]!.walletId,
    requestId: randomUUID(),
    reserveBy: 'VALUE' as const,
    storeId: store.id,
    storeName: store.name,
    offerId: offer.id,
    mode: offer.mode,
    rateBasisPoints: offer.rateBasisPoints,
    valueCents,
    priceCents,
  }));
  for (let start = 0; start < orders.length; start += 1_000) {
    const batch = orders.slice(start, start + 1_000);
    await db.order.createMany({ data: batch });
    await db.ledgerEntry.createMany({
      data: batch.map((order) => ({
        userId: order.userId,
        walletId: order.walletId,
        orderId: order.id,
        kind: 'HOLD' as const,
        amountCents: -priceCents,
      })),
    });
  }

  const settings = (await sandboxControl(stack, 'settings')) as { webhookUrl?: string; readyDelayMs: number };
  await sandboxControl(stack, 'settings', { autoConfirm: true, webhookUrl: null, readyDelayMs: 0 });
  try {
    const jackpot = jackpotFor(stack);
    const reserved = await inParallel(orders, 16, async (order) => {
      const session = await jackpot.openClientSession({
        amountCents: priceCents,
        notificationKey: order.id,
        userId: order.userId,
      });
      return { orderId: order.id, voucher: await session.reserveByValue(store.id, offer.id, valueCents) };
    });
    // Let the last vouchers become READY before the webhook URL is set again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return reserved;
  } finally {
    await sandboxControl(stack, 'settings', {
      autoConfirm: false,
      webhookUrl: settings.webhookUrl ?? null,
      readyDelayMs: settings.readyDelayMs,
    });
  }
}

/** The three webhooks Jackpot sends about a voucher it confirmed at once: reserved, confirmed, ready. */
export function voucherWebhooks(prepared: PreparedOrder[]): Array<{ id: string; body: string }> {
  return prepared.flatMap(({ orderId, voucher }) =>
    [COUPON_EVENTS.reserved, COUPON_EVENTS.confirmed, COUPON_EVENTS.ready].map((event) => {
      const envelope = buildWebhookEnvelope(event, {
        voucherId: voucher.id,
        notificationKey: orderId,
        userId: voucher.userId ?? null,
        data: voucher,
      });
      return { id: envelope.id, body: JSON.stringify(envelope) };
    }),
  );
}

/**
 * Distinct, valid coupon/confirmed webhooks about vouchers the portal does not know (a fresh
 * event id and notificationKey each time): what receiving costs, with little processing after.
 * `template` is a real voucher, so the envelope passes the portal's schema.
 */
export function unknownVoucherWebhook(template: Voucher): () => string {
  const marker = '00000000-0000-4000-8000-000000000000';
  const text = JSON.stringify(
    buildWebhookEnvelope(
      COUPON_EVENTS.confirmed,
      { voucherId: template.id, notificationKey: marker, userId: null, data: template },
      { id: marker },
    ),
  );
  const [before, middle, after] = text.split(marker);
  if (before === undefined || middle === undefined || after === undefined) throw new Error('unexpected envelope');
  return () => `${before}${randomUUID()}${middle}${randomUUID()}${after}`;
}

export function webhookUrl(stack: BenchStack): string {
  return `${stack.web.url}/api/webhooks/jackpot/${stack.secrets.JACKPOT_WEBHOOK_SECRET}`;
}
