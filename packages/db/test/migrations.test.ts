import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDb } from '../src/client';
import { availableBalanceCents } from '../src/queries/ledger';
import {
  appliedMigrations,
  committedMigrations,
  pendingMigrations,
  schemaChangeWithoutMigration,
} from '../src/migrate';
import { demoAccounts, seedDatabase } from '../src/seed';

const databaseUrl = inject('databaseUrl');
const db = createDb(databaseUrl);
afterAll(() => db.$disconnect());

describe('migrations on an empty database', () => {
  it('applied every committed migration, leaving none pending', async () => {
    expect(committedMigrations().length).toBeGreaterThan(0);
    expect(await appliedMigrations(databaseUrl)).toEqual(committedMigrations());
    expect(await pendingMigrations(databaseUrl)).toEqual([]);
  });

  it('left a schema that matches prisma/schema.prisma (the client can write and read)', async () => {
    const user = await db.user.create({ data: { email: `probe-${Date.now()}@example.test` } });
    expect(user.role).toBe('EMPLOYEE');
    expect(user.disabled).toBe(false);
  });

  it('leaves nothing to write: prisma/schema.prisma has no change without its migration', async () => {
    expect(await schemaChangeWithoutMigration(databaseUrl)).toBeUndefined();
  });

  it('runs on a real PostgreSQL server', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    await client.end();
    expect(Number(rows[0]?.server_version_num)).toBeGreaterThanOrEqual(150000);
  });
});

describe('seed', () => {
  it('is idempotent and creates every demo account, granting each welcome budget once', async () => {
    await seedDatabase(db);
    expect((await seedDatabase(db)).grantsCreated).toBe(0);
    const emails = demoAccounts.map((account) => account.email);
    const users = await db.user.findMany({ where: { email: { in: emails } } });
    expect(users.map((user) => user.email).sort()).toEqual([...emails].sort());
    expect(users.find((user) => user.role === 'ADMIN')).toBeDefined();
    const camille = users.find((user) => user.email === 'camille.martin@acme.example')!;
    expect(await availableBalanceCents(db, camille.id)).toBe(25_000);
  });
});
