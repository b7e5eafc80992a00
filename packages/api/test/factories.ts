import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';

import type { ApiContext, SessionUser } from '../src/context';

export async function createUser(db: Db, overrides: { role?: 'EMPLOYEE' | 'ADMIN'; flagged?: boolean; disabled?: boolean } = {}) {
  return db.user.create({
    data: { email: `user-${randomUUID()}@example.test`, name: 'Test User', role: overrides.role ?? 'EMPLOYEE', flagged: overrides.flagged ?? false, disabled: overrides.disabled ?? false },
  });
}

export async function grant(db: Db, userId: string, amountCents: number) {
  return db.ledgerEntry.create({ data: { userId, kind: 'GRANT', amountCents, reason: 'test grant' } });
}

/** An order row to hang holds on, as the reservation service would create it. */
export async function createOrder(db: Db, userId: string, priceCents = 1000) {
  return db.order.create({
    data: {
      userId,
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

export function sessionUser(user: { id: string; email: string; name: string | null; role: 'EMPLOYEE' | 'ADMIN' }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function contextFor(db: Db, user: SessionUser | null): ApiContext {
  return { db, user, headers: new Headers() };
}
