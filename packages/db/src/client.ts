import { PrismaPg } from '@prisma/adapter-pg';

import { type Prisma, PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;
/** The client or a transaction: what query functions take, so they compose inside transactions. */
export type DbClient = Db | Prisma.TransactionClient;

/** A Prisma client over node-postgres. One per process: see getDb(). */
export function createDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { jackpotPortalDb?: { url: string; db: Db } };

/** The process-wide client (its pool sized by the first caller); survives hot reloads in development. */
export function getDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const cached = globalForDb.jackpotPortalDb;
  if (cached && cached.url === databaseUrl) return cached.db;
  const db = createDb(databaseUrl, options);
  globalForDb.jackpotPortalDb = { url: databaseUrl, db };
  return db;
}
