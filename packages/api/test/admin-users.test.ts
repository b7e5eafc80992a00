import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, sessionUser, TEST_CLIENT } from './factories';
import { freshDatabase } from './support/fresh-database';

// Role changes, disabling and flagging. "The last active admin" is about the whole users table,
// so this file has a database of its own.

const createCaller = createCallerFactory(appRouter);
let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase(inject('databaseUrl')));
}, 60_000);
afterAll(() => drop());

async function person(name: string, role: 'ADMIN' | 'EMPLOYEE') {
  const user = await db.user.create({ data: { email: `${randomUUID()}@example.test`, name, role } });
  return { user, caller: createCaller(contextFor(db, sessionUser(user), undefined)) };
}

const activeAdmins = () => db.user.count({ where: { role: 'ADMIN', disabled: false } });
const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });

describe('admin changes to users', () => {
  it('promotes, demotes, disables, enables, flags — each with its audit row (before, after, IP, user agent)', async () => {
    const { caller: admin, user: adminUser } = await person('Ada Admin', 'ADMIN');
    const { user: employee } = await person('Eve Employee', 'EMPLOYEE');
    await db.session.create({
      data: { sessionToken: randomUUID(), userId: employee.id, expires: new Date(Date.now() + 3_600_000) },
    });

    expect(await admin.admin.changeUserRole({ userId: employee.id, role: 'ADMIN' })).toMatchObject({ role: 'ADMIN' });
    await admin.admin.changeUserRole({ userId: employee.id, role: 'EMPLOYEE' });
    expect(await admin.admin.setUserDisabled({ userId: employee.id, disabled: true })).toMatchObject({
      disabled: true,
    });
    expect(await db.session.count({ where: { userId: employee.id } })).toBe(0);
    await admin.admin.setUserDisabled({ userId: employee.id, disabled: false });
    await admin.admin.setUserFlagged({ userId: employee.id, flagged: true });

    const audit = await auditOf(employee.id);
    expect(audit.map((row) => row.action)).toEqual([
      'user.role',
      'user.role',
      'user.disable',
      'user.enable',
      'user.flag',
    ]);
    expect(audit[0]).toMatchObject({
      actorId: adminUser.id,
      targetType: 'user',
      before: { role: 'EMPLOYEE' },
      after: { role: 'ADMIN' },
      ip: TEST_CLIENT.ip,
      userAgent: TEST_CLIENT.userAgent,
    });
    expect(audit[2]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
  });

  it('never on one’s own account: role and disable refused, nothing written', async () => {
    const { caller, user } = await person('Self Admin', 'ADMIN');
    await expect(caller.admin.changeUserRole({ userId: user.id, role: 'EMPLOYEE' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'OWN_ACCOUNT' },
    });
    await expect(caller.admin.setUserDisabled({ userId: user.id, disabled: true })).rejects.toMatchObject({
      cause: { code: 'OWN_ACCOUNT' },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: 'ADMIN',
      disabled: false,
    });
    expect(await auditOf(user.id)).toEqual([]);
  });

  it('one role change however many admins click: the second is told who decided', async () => {
    const { caller: first, user: firstUser } = await person('First Admin', 'ADMIN');
    const { caller: second } = await person('Second Admin', 'ADMIN');
    const { user: target } = await person('Target', 'EMPLOYEE');
    const results = await Promise.allSettled([
      first.admin.changeUserRole({ userId: target.id, role: 'ADMIN' }),
      second.admin.changeUserRole({ userId: target.id, role: 'ADMIN' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    const audit = await auditOf(target.id);
    expect(audit).toHaveLength(1);
    const winnerName = audit[0]!.actorId === firstUser.id ? 'First Admin' : 'Second Admin';
    expect(refused.reason).toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'ALREADY_DECIDED', params: { by: winnerName } },
    });
  });

  it('one disable however many admins click', async () => {
    const { caller: first } = await person('First Admin', 'ADMIN');
    const { caller: second } = await person('Second Admin', 'ADMIN');
    const { user: target } = await person('Target', 'EMPLOYEE');
    const results = await Promise.allSettled([
      first.admin.setUserDisabled({ userId: target.id, disabled: true }),
      second.admin.setUserDisabled({ userId: target.id, disabled: true }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await auditOf(target.id)).toHaveLength(1);
  });

  it('the last active admin can be neither demoted nor disabled, even by two admins demoting each other at once', async () => {
    // Leave exactly two active admins.
    await db.user.updateMany({ where: { role: 'ADMIN' }, data: { disabled: true } });
    const { caller: a, user: aUser } = await person('Admin A', 'ADMIN');
    const { caller: b, user: bUser } = await person('Admin B', 'ADMIN');
    expect(await activeAdmins()).toBe(2);

    const results = await Promise.allSettled([
      a.admin.changeUserRole({ userId: bUser.id, role: 'EMPLOYEE' }),
      b.admin.changeUserRole({ userId: aUser.id, role: 'EMPLOYEE' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
    const aSurvived = (await db.user.findUniqueOrThrow({ where: { id: aUser.id } })).role === 'ADMIN';
    const [survivor, survivorCaller, loserCaller] = aSurvived ? [aUser, a, b] : [bUser, b, a];
    // The demoted one was refused: by the time their change ran, they were no longer an admin.
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'FORBIDDEN' },
    });

    // The survivor is the last active admin: they cannot demote or disable themselves, and the
    // demoted admin (whose page still says admin) cannot either.
    await expect(survivorCaller.admin.changeUserRole({ userId: survivor.id, role: 'EMPLOYEE' })).rejects.toMatchObject({
      cause: { code: 'OWN_ACCOUNT' },
    });
    await expect(survivorCaller.admin.setUserDisabled({ userId: survivor.id, disabled: true })).rejects.toMatchObject({
      cause: { code: 'OWN_ACCOUNT' },
    });
    await expect(loserCaller.admin.setUserDisabled({ userId: survivor.id, disabled: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await activeAdmins()).toBe(1);
  });
});
