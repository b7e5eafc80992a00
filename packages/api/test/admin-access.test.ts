import { createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, sessionUser } from './factories';

// Generated from the router: every procedure under `admin.` must refuse anybody but an admin,
// before it reads its input. A procedure elsewhere must be listed here as deliberately not for
// admins only, so that a new procedure cannot skip the decision.
const NOT_ADMIN_ONLY = new Set([
  'system.health',
  'catalogue.list',
  'catalogue.featured',
  'catalogue.categories',
  'catalogue.store',
  'catalogue.storeVouchers',
  'catalogue.forMyBalance',
  'catalogue.popular',
  'favourites.ids',
  'favourites.list',
  'favourites.set',
  'me.profile',
  'me.balance',
  'me.budgetHistory',
  'me.setLocale',
  'me.wallets',
  'me.children',
  'me.addChild',
  'me.removeChild',
  'orders.reserve',
  'orders.list',
  'orders.get',
  'orders.cancel',
  'orders.markUsed',
  'notifications.list',
  'notifications.markRead',
  'demo.accounts',
  'demo.outbox',
]);

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
const paths = Object.keys(appRouter._def.procedures);
const adminPaths = paths.filter((path) => path.startsWith('admin.'));
let employee: ReturnType<typeof createCaller>;
let disabledAdmin: ReturnType<typeof createCaller>;
const anonymous = createCaller(contextFor(db, null));

beforeAll(async () => {
  employee = createCaller(contextFor(db, sessionUser(await createUser(db))));
  disabledAdmin = createCaller(contextFor(db, sessionUser(await createUser(db, { role: 'ADMIN', disabled: true }))));
});
afterAll(() => db.$disconnect());

type Call = (input?: unknown) => Promise<unknown>;
function procedureOf(caller: ReturnType<typeof createCaller>, path: string): Call {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Call;
}

describe('admin procedures, generated from the router', { tags: ['security'] }, () => {
  it('finds the admin procedures, and every other one is known', () => {
    expect(adminPaths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !path.startsWith('admin.') && !NOT_ADMIN_ONLY.has(path))).toEqual([]);
  });

  it.each(adminPaths)('%s refuses an anonymous caller, an employee and a disabled admin', async (path) => {
    // An empty input: the role is checked before the input is read, so even that is not validated.
    await expect(procedureOf(anonymous, path)({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(procedureOf(employee, path)({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(procedureOf(disabledAdmin, path)({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
