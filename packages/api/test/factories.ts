import { randomUUID } from 'node:crypto';

import { type Db, generalWalletId } from '@jackpot-portal/db';
import { createJackpotClient, type JackpotClient, type Store } from '@jackpot-portal/jackpot-core';
import { inject } from 'vitest';

import type { ApiContext, SessionUser } from '../src/context';
import type { AuditActor } from '../src/services/audit/record-audit';

export async function createUser(
  db: Db,
  overrides: { role?: 'EMPLOYEE' | 'ADMIN'; flagged?: boolean; disabled?: boolean } = {},
) {
  return db.user.create({
    data: {
      email: `user-${randomUUID()}@example.test`,
      name: 'Test User',
      role: overrides.role ?? 'EMPLOYEE',
      flagged: overrides.flagged ?? false,
      disabled: overrides.disabled ?? false,
    },
  });
}

/** A grant into one of the user's wallets: their general one unless another is named. */
export async function grant(db: Db, userId: string, amountCents: number, walletId?: string) {
  return db.ledgerEntry.create({
    data: {
      userId,
      walletId: walletId ?? (await generalWalletId(db, userId)),
      kind: 'GRANT',
      amountCents,
      reason: 'test grant',
    },
  });
}

/** An order row to hang holds on, as the reservation service would create it (general wallet by default). */
export async function createOrder(db: Db, userId: string, priceCents = 1000, walletId?: string) {
  return db.order.create({
    data: {
      userId,
      walletId: walletId ?? (await generalWalletId(db, userId)),
      requestId: randomUUID(),
      reserveBy: 'PRICE',
      storeId: randomUUID(),
      storeName: 'Test store',
      offerId: randomUUID(),
      mode: 'BONUS',
      rateBasisPoints: 0,
      valueCents: priceCents,
      priceCents,
    },
  });
}

export function sessionUser(user: {
  id: string;
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
}): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A Jackpot client on the run's sandbox; options override its defaults (e.g. a short timeout). */
export function testJackpotClient(options: { timeoutMs?: number } = {}): JackpotClient {
  const sandbox = inject('sandbox');
  return createJackpotClient({
    baseUrl: sandbox.url,
    ...sandbox.credentials,
    timeoutMs: options.timeoutMs ?? 5_000,
    retry: { baseDelayMs: 20 },
  });
}

/** Calls a sandbox control route (/_sandbox/...): GET without a body, POST with one, or `method`. */
export async function sandboxControl(path: string, body?: unknown, method?: 'PUT' | 'DELETE'): Promise<unknown> {
  const sandbox = inject('sandbox');
  const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'x-sandbox-token': sandbox.controlToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The request a test call comes from, as the audit trail records it. */
export const TEST_CLIENT = { ip: '203.0.113.7', userAgent: 'vitest' } as const;

export function contextFor(db: Db, user: SessionUser | null, jackpot: JackpotClient = testJackpotClient()): ApiContext {
  return {
    db,
    jackpot,
    user,
    headers: new Headers({ 'user-agent': TEST_CLIENT.userAgent }),
    clientIp: TEST_CLIENT.ip,
  };
}

/** An admin acting from the test client, for services called directly. */
export function auditActor(user: { id: string }): AuditActor {
  return { id: user.id, ...TEST_CLIENT };
}

/**
 * A store the order tests can reserve at for a small amount of their choosing: enabled, with an
 * offer, any value (no fixed denominations) from a minimum of at most 20 €.
 */
export function takesSmallFreeAmounts(store: Store): boolean {
  return (
    store.enabled &&
    store.offers.length > 0 &&
    store.voucherPossibleDiscreteValues.length === 0 &&
    store.voucherValueMin <= 2_000
  );
}

/**
 * Copies the sandbox's catalogue into the mirror tables, as the catalogue sync does, so that
 * order tests do not depend on it.
 */
export async function mirrorSandboxCatalogue(db: Db) {
  const stores = await testJackpotClient().listStores();
  for (const store of stores) {
    const data = {
      name: store.name,
      category: store.category ?? null,
      baseColor: store.baseColor ?? null,
      logoMedium: store.storeLogoMedium ?? null,
      valueMinCents: store.voucherValueMin,
      valueMaxCents: store.voucherValueMax,
      discreteValuesCents: store.voucherPossibleDiscreteValues,
      enabled: store.enabled,
      refundable: store.refundable,
    };
    await db.store.upsert({ where: { id: store.id }, create: { id: store.id, ...data }, update: data });
    for (const offer of store.offers) {
      const offerData = { storeId: store.id, mode: offer.mode, rateBasisPoints: Math.round(offer.rate * 100) };
      await db.offer.upsert({ where: { id: offer.id }, create: { id: offer.id, ...offerData }, update: offerData });
    }
  }
  return stores;
}
