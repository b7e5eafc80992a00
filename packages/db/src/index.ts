export { createDb, getDb, type Db } from './client';
export { readDbEnv, requireDatabaseUrl, type DbEnv } from './env';
export * from './generated/prisma/client';
