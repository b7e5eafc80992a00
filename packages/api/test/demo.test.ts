import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { demoAccounts, seedDatabase } from '@jackpot-portal/db/seed';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
const call = createCallerFactory(appRouter);
const withDemoAccess = (demoAccess: boolean | undefined) => call({ ...contextFor(db, null), demoAccess });

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

describe('demo', { tags: ['security'] }, () => {
  it('shows neither the accounts nor the outbox without demo access, signed in or not, admin included', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    for (const caller of [withDemoAccess(undefined), withDemoAccess(false), call(contextFor(db, sessionUser(admin)))]) {
      await expect(caller.demo.accounts()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(caller.demo.outbox({})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('lists the seeded accounts in the seed order, without a disabled one', async () => {
    const listed = await withDemoAccess(true).demo.accounts();
    expect(listed).toEqual(demoAccounts.map(({ email, name, role }) => ({ email, name, role })));

    const sam = demoAccounts[1]!.email;
    await db.user.update({ where: { email: sam }, data: { disabled: true } });
    try {
      const emails = (await withDemoAccess(true).demo.accounts()).map((account) => account.email);
      expect(emails).toEqual(demoAccounts.map((account) => account.email).filter((email) => email !== sam));
    } finally {
      await db.user.update({ where: { email: sam }, data: { disabled: false } });
    }
  });

  it('lists the outbox newest first, filtered by address', async () => {
    const to = `demo-outbox-${randomUUID()}@example.test`;
    for (const [index, subject] of ['first', 'second'].entries())
      await db.outboxEmail.create({
        data: { to, subject, text: subject, createdAt: new Date(Date.now() + index * 1_000) },
      });
    const listed = await withDemoAccess(true).demo.outbox({ to: ` ${to.toUpperCase()} ` });
    expect(listed.map((email) => email.subject)).toEqual(['second', 'first']);
    expect(listed.every((email) => email.to === to)).toBe(true);
  });
});
