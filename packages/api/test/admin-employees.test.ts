import { randomUUID } from 'node:crypto';

import { createDb, createPgPool } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

import { appRouter } from '../src/root';
import { sendEmail } from '../src/services/email/send-email';
import { createSignInLimits } from '../src/services/sign-in/sign-in-limits';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, sessionUser, TEST_CLIENT } from './factories';

const db = createDb(inject('databaseUrl'));
const pool = createPgPool(inject('databaseUrl'), { max: 2 });
const createCaller = createCallerFactory(appRouter);
let admin: ReturnType<typeof createCaller>;
let adminId: string;
// A tag in every name of this file, so the search only finds this file's users (the database is shared).
const tag = randomUUID().slice(0, 8);

beforeAll(async () => {
  const user = await createUser(db, { role: 'ADMIN' });
  adminId = user.id;
  const limits = createSignInLimits(pool, { perAddress: 2, perIp: 30, windowSeconds: 900 });
  admin = createCaller({
    ...contextFor(db, sessionUser(user)),
    invitations: {
      limits,
      newLink: (email) => ({
        url: `http://portal.test/api/auth/callback/email?email=${email}`,
        tokenHash: randomUUID(),
        expires: new Date(Date.now() + 900_000),
      }),
      async send(recipient, url) {
        await sendEmail({ db }, { to: recipient.email, subject: 'Sign in', text: url, html: url, link: url });
      },
    },
  });
});
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

async function named(name: string, overrides: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(db, overrides);
  return db.user.update({ where: { id: user.id }, data: { name: `${name} ${tag}` } });
}

describe('employees list', () => {
  it('searches by name or email, filters by role, disabled, flagged and budget left, pages by keyset', async () => {
    const rich = await named('Rita Rich');
    const broke = await named('Bob Broke', { flagged: true });
    const gone = await named('Dan Disabled', { disabled: true });
    const boss = await named('Ada Admin', { role: 'ADMIN' });
    await grant(db, rich.id, 5_000);

    const all = await admin.admin.listEmployees({ q: tag });
    expect(all.employees.map((e) => e.id).sort()).toEqual([rich.id, broke.id, gone.id, boss.id].sort());
    expect(all.employees.find((e) => e.id === rich.id)?.balanceCents).toBe(5_000);
    expect((await admin.admin.listEmployees({ q: rich.email.toUpperCase() })).employees.map((e) => e.id)).toEqual([
      rich.id,
    ]);
    expect((await admin.admin.listEmployees({ q: tag, hasBudget: true })).employees.map((e) => e.id)).toEqual([
      rich.id,
    ]);
    expect((await admin.admin.listEmployees({ q: tag, flagged: true })).employees.map((e) => e.id)).toEqual([broke.id]);
    expect((await admin.admin.listEmployees({ q: tag, disabled: true })).employees.map((e) => e.id)).toEqual([gone.id]);
    expect((await admin.admin.listEmployees({ q: tag, role: 'ADMIN' })).employees.map((e) => e.id)).toEqual([boss.id]);
    // A % in the search is a character, not a wildcard.
    expect((await admin.admin.listEmployees({ q: `${tag}%` })).employees).toEqual([]);

    const first = await admin.admin.listEmployees({ q: tag, limit: 3 });
    expect(first.employees).toHaveLength(3);
    const second = await admin.admin.listEmployees({ q: tag, limit: 3, cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    expect([...first.employees, ...second.employees].map((e) => e.email)).toEqual(all.employees.map((e) => e.email));
  });

  it('shows one employee with balance, ledger and vouchers', async () => {
    const employee = await named('Eva Page');
    await admin.admin.grantBudget({ userId: employee.id, amountCents: 2_500, reason: 'Welcome' });
    const details = await admin.admin.employeeDetails({ userId: employee.id });
    expect(details).toMatchObject({ balanceCents: 2_500, ledger: [{ kind: 'GRANT', amountCents: 2_500 }], orders: [] });
    await expect(admin.admin.employeeDetails({ userId: randomUUID() })).rejects.toMatchObject({
      cause: { code: 'NOT_FOUND' },
    });
  });
});

describe('invitations', () => {
  it('creates the missing accounts with an audit row each and sends each the sign-in email, within the address limit', async () => {
    const existing = await named('Old Timer');
    const disabled = await named('Dora Disabled', { disabled: true });
    const fresh = `new-${tag}@example.test`;
    const { invitations } = await admin.admin.inviteEmployees({
      employees: [
        { email: fresh.toUpperCase(), name: 'Nina New' },
        { email: existing.email },
        { email: disabled.email },
        { email: fresh },
      ],
      locale: 'en',
    });
    expect(invitations).toEqual([
      { email: fresh, created: true, outcome: 'sent' },
      { email: existing.email, created: false, outcome: 'sent' },
      { email: disabled.email, created: false, outcome: 'disabled' },
    ]);
    const created = await db.user.findUniqueOrThrow({ where: { email: fresh } });
    expect(created).toMatchObject({ name: 'Nina New', role: 'EMPLOYEE', locale: 'en', disabled: false });
    expect(await db.verificationToken.count({ where: { identifier: fresh } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: fresh } })).toBe(1);
    expect(await db.auditLog.findMany({ where: { targetId: created.id } })).toMatchObject([
      { action: 'user.invite', actorId: adminId, ip: TEST_CLIENT.ip, after: { email: fresh, role: 'EMPLOYEE' } },
    ]);
    // Nothing created twice; the per-address limit (2 here) stops a third email.
    await admin.admin.inviteEmployees({ employees: [{ email: fresh }] });
    const third = await admin.admin.inviteEmployees({ employees: [{ email: fresh }] });
    expect(third.invitations).toEqual([{ email: fresh, created: false, outcome: 'limited' }]);
    expect(await db.outboxEmail.count({ where: { to: fresh } })).toBe(2);
    expect(await db.user.count({ where: { email: fresh } })).toBe(1);
  });

  it('with the SMTP server unreachable: the accounts are created, each says its email was not sent, and one failed send stops the others', async () => {
    const user = await createUser(db, { role: 'ADMIN' });
    let sends = 0;
    const unreachable = createCaller({
      ...contextFor(db, sessionUser(user)),
      invitations: {
        limits: createSignInLimits(pool, { perAddress: 2, perIp: 30, windowSeconds: 900 }),
        newLink: (email) => ({
          url: `http://portal.test/api/auth/callback/email?email=${email}`,
          tokenHash: randomUUID(),
          expires: new Date(Date.now() + 900_000),
        }),
        async send() {
          sends += 1;
          throw new Error('connect ECONNREFUSED 127.0.0.1:25');
        },
      },
    });
    const addresses = [`smtp-a-${tag}@example.test`, `smtp-b-${tag}@example.test`];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { invitations } = await unreachable.admin.inviteEmployees({
      employees: addresses.map((email) => ({ email })),
    });
    expect(invitations).toEqual(addresses.map((email) => ({ email, created: true, outcome: 'unsent' })));
    expect(sends).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(await db.user.count({ where: { email: { in: addresses } } })).toBe(2);
  });

  it('creates accounts without an email when asked, and refuses a bad address whole', async () => {
    const quiet = `quiet-${tag}@example.test`;
    expect(await admin.admin.inviteEmployees({ employees: [{ email: quiet }], sendEmail: false })).toEqual({
      invitations: [{ email: quiet, created: true, outcome: 'created' }],
    });
    expect(await db.outboxEmail.count({ where: { to: quiet } })).toBe(0);
    await expect(
      admin.admin.inviteEmployees({ employees: [{ email: `ok-${tag}@example.test` }, { email: 'not an email' }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db.user.count({ where: { email: `ok-${tag}@example.test` } })).toBe(0);
  });
});
