import { randomUUID } from 'node:crypto';

import { createDb, type Db } from '@jackpot-portal/db';
import { migrateDatabase } from '@jackpot-portal/db/migrate';

/**
 * A database of its own on the run's server, migrated: for tests about the whole table (such as
 * "the last active admin"), which the other test files' rows would disturb. `drop()` removes it.
 */
export async function freshDatabase(serverUrl: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `isolated_${randomUUID().replaceAll('-', '')}`;
  const server = createDb(serverUrl, { maxConnections: 1 });
  await server.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const db = createDb(url.toString());
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      await server.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.$disconnect();
    },
  };
}
