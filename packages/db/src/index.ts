export { createDb, getDb, type Db, type DbClient } from './client';
export { createPgPool, type PgPool } from './pool';
export * from './queries/catalogue';
export * from './queries/ledger';
export * from './queries/orders';
export * from './queries/sessions';
export * from './queries/webhooks';
export { readDbEnv, requireDatabaseUrl, type DbEnv } from './env';
export * from './generated/prisma/client';
