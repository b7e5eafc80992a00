import { randomUUID } from 'node:crypto';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, sessionUser, TEST_CLIENT } from './factories';

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
let admin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  const user = await createUser(db, { role: 'ADMIN' });
  adminId = user.id;
  admin = createCaller(contextFor(db, sessionUser(user)));
});
afterAll(() => db.$disconnect());

describe('grant or take back', () => {
  it('takes budget back with a REVOKE entry and its audit row, never below zero', async () => {
    const employee = await createUser(db);
    await admin.admin.grantBudget({ userId: employee.id, amountCents: 5_000, reason: 'Bonus' });
    await admin.admin.grantBudget({ userId: employee.id, amountCents: -2_000, reason: 'Correction' });
    expect(await availableBalanceCents(db, employee.id)).toBe(3_000);
    await expect(
      admin.admin.grantBudget({ userId: employee.id, amountCents: -3_001, reason: 'Too much' }),
    ).rejects.toMatchObject({ cause: { code: 'INSUFFICIENT_BUDGET' } });
    expect(await availableBalanceCents(db, employee.id)).toBe(3_000);
    const audit = await db.auditLog.findMany({ where: { targetId: employee.id }, orderBy: { createdAt: 'asc' } });
    expect(audit).toMatchObject([
      { action: 'budget.grant', before: { balanceCents: 0 }, after: { balanceCents: 5_000 }, ip: TEST_CLIENT.ip },
      { action: 'budget.revoke', before: { balanceCents: 5_000 }, after: { balanceCents: 3_000 } },
    ]);
  });
});

describe('budget CSV import', () => {
  it('previews each row’s verdict; a file with errors writes nothing; the fixed file applies whole', async () => {
    const [a, b, c] = [await createUser(db), await createUser(db), await createUser(db)];
    const disabled = await createUser(db, { disabled: true });
    await grant(db, c.id, 1_000);
    const bad = [
      '\uFEFFemail;amount_eur;reason',
      `${a.email};50,00;Prime annuelle`,
      `${b.email};12.5;"Prime; avec point-virgule"`,
      `nobody-${randomUUID()}@example.test;10;Prime`,
      `${disabled.email};10;Prime`,
      `${a.email};5;Again`,
      'not-an-email;5;Prime',
      `${b.email.toUpperCase()};dix;Prime`,
      `${c.email};-20,00;Too much back`,
    ].join('\n');
    const preview = await admin.admin.previewBudgetImport({ csv: bad });
    expect(preview).toMatchObject({ total: 8, okCount: 2, errorCount: 6, totalCents: 6_250 });
    expect(preview.errors.map((row) => [row.line, row.verdict])).toEqual([
      [4, 'unknown_email'],
      [5, 'disabled'],
      [6, 'duplicate'],
      [7, 'bad_email'],
      [8, 'bad_amount'],
      [9, 'overdraw'],
    ]);
    await expect(admin.admin.applyBudgetImport({ csv: bad, sha256: preview.sha256 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    for (const user of [a, b]) expect(await availableBalanceCents(db, user.id)).toBe(0);

    const fixed = [
      'email,amount_eur,reason',
      `${a.email},50,Prime annuelle`,
      `${b.email},"12,50",Prime`,
      `${c.email},-10,Correction`,
    ].join('\r\n');
    const fixedPreview = await admin.admin.previewBudgetImport({ csv: fixed });
    expect(fixedPreview).toMatchObject({ errorCount: 0, okCount: 3, totalCents: 5_250 });
    await expect(admin.admin.applyBudgetImport({ csv: fixed, sha256: preview.sha256 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await admin.admin.applyBudgetImport({ csv: fixed, sha256: fixedPreview.sha256 })).toEqual({
      rows: 3,
      totalCents: 5_250,
    });
    expect(await availableBalanceCents(db, a.id)).toBe(5_000);
    expect(await availableBalanceCents(db, b.id)).toBe(1_250);
    expect(await availableBalanceCents(db, c.id)).toBe(0);
    expect(
      await db.auditLog.findFirst({ where: { action: 'budget.import', targetId: fixedPreview.sha256 } }),
    ).toMatchObject({
      actorId: adminId,
      data: { rows: 3, totalCents: 5_250 },
    });
  });

  it('refuses a file it cannot read, with a plain error', async () => {
    await expect(admin.admin.previewBudgetImport({ csv: 'email;amount\n"unclosed;5' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('imports 100,000 rows in one transaction', { timeout: 240_000 }, async () => {
    const count = 100_000;
    const marker = randomUUID().slice(0, 8);
    await db.$executeRaw`
      INSERT INTO users (id, email, name, "updatedAt")
      SELECT gen_random_uuid(), 'bulk-' || ${marker} || '-' || n || '@example.test', 'Bulk ' || n, now()
      FROM generate_series(1, ${count}) AS n`;
    const lines = ['email;amount_eur;reason'];
    for (let n = 1; n <= count; n += 1) lines.push(`bulk-${marker}-${n}@example.test;1,50;Prime collective`);
    const csv = lines.join('\n');
    const started = Date.now();
    const preview = await admin.admin.previewBudgetImport({ csv });
    expect(preview).toMatchObject({ total: count, okCount: count, errorCount: 0, totalCents: 150 * count });
    const applied = await admin.admin.applyBudgetImport({ csv, sha256: preview.sha256 });
    expect(applied).toEqual({ rows: count, totalCents: 150 * count });
    console.log(`100,000-row budget import: preview and apply in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const [sum] = await db.$queryRaw<{ total: bigint }[]>`
      SELECT SUM(l."amountCents") AS total FROM ledger_entries l JOIN users u ON u.id = l."userId"
      WHERE u.email LIKE ${`bulk-${marker}-%`}`;
    expect(Number(sum?.total)).toBe(150 * count);
  });
});
