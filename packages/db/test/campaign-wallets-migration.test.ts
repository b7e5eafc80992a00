import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { committedMigrations, migrationsDir } from '../src/migrate';

const WALLETS = '20261203000000_campaign_wallets';

// A database of its own, migrated by hand up to the migration before the wallets, with data in it.
const name = `wallets_migration_${Date.now()}`;
const url = new URL(inject('databaseUrl'));
const admin = new pg.Client({ connectionString: url.toString() });
url.pathname = `/${name}`;
const client = new pg.Client({ connectionString: url.toString() });

const apply = (migration: string) =>
  client.query(`BEGIN; ${readFileSync(path.join(migrationsDir, migration, 'migration.sql'), 'utf8')}; COMMIT;`);

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await client.connect();
  for (const migration of committedMigrations().filter((migration) => migration < WALLETS)) await apply(migration);
});
afterAll(async () => {
  await client.end();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('the campaign wallets migration on a database with a ledger', () => {
  it('moves every entry and order to its user’s general wallet, keeps balances, and gives new users one', async () => {
    const [camille, sam] = [randomUUID(), randomUUID()];
    const order = randomUUID();
    const hold = randomUUID();
    await client.query(
      `INSERT INTO users (id, email, "updatedAt") VALUES ($1, 'c@example.test', now()), ($2, 's@example.test', now())`,
      [camille, sam],
    );
    await client.query(
      `INSERT INTO orders (id, "userId", "requestId", "reserveBy", "storeId", "storeName", "offerId", mode, "rateBasisPoints", "valueCents", "priceCents", "updatedAt")
       VALUES ($1, $2, 'r1', 'VALUE', gen_random_uuid(), 'Fnac', gen_random_uuid(), 'BONUS', 0, 2000, 2000, now())`,
      [order, camille],
    );
    await client.query(
      `INSERT INTO ledger_entries (id, "userId", kind, "amountCents", "orderId", "settlesHoldId") VALUES
         (gen_random_uuid(), $1, 'GRANT', 10000, NULL, NULL),
         ($3, $1, 'HOLD', -2000, $4, NULL),
         (gen_random_uuid(), $1, 'CAPTURE', 0, $4, $3),
         (gen_random_uuid(), $2, 'GRANT', 500, NULL, NULL)`,
      [camille, sam, hold, order],
    );

    await apply(WALLETS);

    const wallets = await client.query<{ id: string; userId: string }>(
      `SELECT id, "userId" FROM wallets WHERE "campaignId" IS NULL`,
    );
    expect(wallets.rows.map((row) => row.userId).sort()).toEqual([camille, sam].sort());
    const general = new Map(wallets.rows.map((row) => [row.userId, row.id]));
    const misplaced = await client.query(
      `SELECT 1 FROM ledger_entries l JOIN wallets w ON w.id = l."walletId" WHERE w."userId" <> l."userId"
       UNION ALL SELECT 1 FROM orders o JOIN wallets w ON w.id = o."walletId" WHERE w."userId" <> o."userId"`,
    );
    expect(misplaced.rowCount).toBe(0);
    const balances = await client.query<{ walletId: string; balance: string }>(
      `SELECT "walletId", SUM("amountCents") AS balance FROM ledger_entries GROUP BY "walletId"`,
    );
    expect(Object.fromEntries(balances.rows.map((row) => [row.walletId, Number(row.balance)]))).toEqual({
      [general.get(camille)!]: 8_000,
      [general.get(sam)!]: 500,
    });
    // Still append-only, and a new user gets a general wallet at once.
    await expect(client.query(`DELETE FROM ledger_entries`)).rejects.toThrow(/append-only/);
    const newcomer = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, "updatedAt") VALUES (gen_random_uuid(), 'n@example.test', now()) RETURNING id`,
    );
    const own = await client.query(`SELECT 1 FROM wallets WHERE "userId" = $1 AND "campaignId" IS NULL`, [
      newcomer.rows[0]!.id,
    ]);
    expect(own.rowCount).toBe(1);
  });
});
