import { randomUUID } from 'node:crypto';

import { createDb, generalWalletId } from '@jackpot-portal/db';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { exportLedgerCsv } from '../src/services/exports/export-ledger-csv';
import { exportOrdersCsv } from '../src/services/exports/export-orders-csv';
import { createOrder } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

async function collect(chunks: AsyncGenerator<string>) {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

const readCsv = (text: string) =>
  parse(text.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<Record<string, string>>;

describe('CSV exports', () => {
  it('exports the filtered vouchers table: BOM, `;`, euros with a decimal comma, ISO dates, the table’s order', async () => {
    const user = await db.user.create({
      data: { email: `export-${randomUUID()}@example.test`, name: 'Zoé « Export »; test' },
    });
    const ids: string[] = [];
    for (const [index, price] of [1_050, 2_000, 99_999].entries()) {
      const order = await createOrder(db, user.id, price);
      await db.order.update({
        where: { id: order.id },
        data: { createdAt: new Date(Date.UTC(2026, 2, 1 + index, 9)), status: index === 1 ? 'CANCELED' : 'READY' },
      });
      ids.push(order.id);
    }
    const parts = await collect(exportOrdersCsv({ db }, { userId: user.id }));
    const text = parts.join('');
    expect(text.startsWith('\uFEFForder_id;created_at;status;employee_email')).toBe(true);
    const rows = readCsv(text);
    expect(rows.map((row) => row.order_id)).toEqual([...ids].reverse());
    expect(rows[0]).toMatchObject({
      created_at: '2026-03-03T09:00:00.000Z',
      status: 'READY',
      employee_name: 'Zoé « Export »; test',
      price_eur: '999,99',
      value_eur: '999,99',
    });
    expect(rows[2]!.price_eur).toBe('10,50');

    const ready = readCsv(
      (
        await collect(exportOrdersCsv({ db }, { userId: user.id, status: ['READY'], sort: 'priceCents', dir: 'asc' }))
      ).join(''),
    );
    expect(ready.map((row) => row.price_eur)).toEqual(['10,50', '999,99']);
    await expect(collect(exportOrdersCsv({ db }, { userId: 'nope' }))).rejects.toThrow();
  });

  it('exports one employee’s ledger in batches of 2,000 rows, oldest first, negative amounts signed', async () => {
    const user = await db.user.create({ data: { email: `ledger-${randomUUID()}@example.test` } });
    const start = Date.UTC(2026, 0, 1);
    const walletId = await generalWalletId(db, user.id);
    await db.ledgerEntry.createMany({
      data: Array.from({ length: 4_500 }, (_, index) => ({
        userId: user.id,
        walletId,
        kind: 'GRANT' as const,
        amountCents: 100 + index,
        reason: `grant ${index}`,
        createdAt: new Date(start + index * 1_000),
      })),
    });
    await db.ledgerEntry.create({
      data: {
        userId: user.id,
        walletId,
        kind: 'REVOKE',
        amountCents: -5,
        reason: 'take back',
        createdAt: new Date(start + 10_000_000),
      },
    });
    const parts = await collect(exportLedgerCsv({ db }, { userId: user.id }));
    expect(parts).toHaveLength(1 + 3); // the header, then 2,000 + 2,000 + 501 rows
    const rows = readCsv(parts.join(''));
    expect(rows).toHaveLength(4_501);
    expect(rows[0]).toMatchObject({
      kind: 'GRANT',
      amount_eur: '1,00',
      reason: 'grant 0',
      created_at: '2026-01-01T00:00:00.000Z',
    });
    expect(rows.at(-1)).toMatchObject({ kind: 'REVOKE', amount_eur: '-0,05' });
    expect(new Set(rows.map((row) => row.entry_id)).size).toBe(4_501);
  });
});
