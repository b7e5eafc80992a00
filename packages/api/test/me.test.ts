import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());
const call = createCallerFactory(appRouter);

describe('me', () => {
  it('refuses an anonymous caller', async () => {
    await expect(call(contextFor(db, null)).me.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(call(contextFor(db, null)).me.balance()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses a user disabled after their session started', async () => {
    const user = await createUser(db);
    const caller = call(contextFor(db, sessionUser(user)));
    await expect(caller.me.profile()).resolves.toMatchObject({ id: user.id });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    await expect(caller.me.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(caller.me.balance()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses a session whose user no longer exists', async () => {
    const ghost = {
      id: '00000000-0000-4000-8000-00000000dead',
      email: 'ghost@example.test',
      name: null,
      role: 'EMPLOYEE' as const,
    };
    await expect(call(contextFor(db, ghost)).me.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('trusts a user the web app read with its session for this very request, and reads anyone else again', async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    const readForThisRequest = { ...contextFor(db, sessionUser(user)), userReadForThisRequest: true };
    // The session read of this request is the check (a disabled user has no session); no second read.
    await expect(call(readForThisRequest).me.balance()).resolves.toEqual({ availableCents: 0 });
    await expect(call(contextFor(db, sessionUser(user))).me.balance()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('profile returns the user as stored, role and locale included', async () => {
    const user = await createUser(db, { role: 'ADMIN' });
    await expect(call(contextFor(db, sessionUser(user))).me.profile()).resolves.toEqual({
      id: user.id,
      email: user.email,
      name: 'Test User',
      role: 'ADMIN',
      locale: 'fr',
    });
  });

  it('balance is the sum of the ledger, zero for a new user', async () => {
    const user = await createUser(db);
    const caller = call(contextFor(db, sessionUser(user)));
    await expect(caller.me.balance()).resolves.toEqual({ availableCents: 0 });
    await grant(db, user.id, 10_000);
    await grant(db, user.id, 2_550);
    await expect(caller.me.balance()).resolves.toEqual({ availableCents: 12_550 });
  });
});
