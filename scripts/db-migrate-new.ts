// `npm run db:migrate:new -- <name>`: writes a new migration from the difference between the
// committed migrations and prisma/schema.prisma, then applies it to the development database.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { readDbEnv } from '@jackpot-portal/db';
import { migrationsDir, schemaChangeWithoutMigration } from '@jackpot-portal/db/migrate';

import { ensureWritableDataFolder } from './lib/data-folder';
import { readScriptEnv, repoRoot } from './lib/env';
import { assertPortsFree, leftoverPostgresHint } from './lib/ports';
import { migrateAndSeed, migrateStep, startDatabase } from './lib/stack';
import { PlainError, reportFailure, step } from './lib/steps';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new PlainError('Give the migration a snake_case name: npm run db:migrate:new -- add_vouchers');
  }
  const env = readScriptEnv();
  const dataDir = path.join(repoRoot, '.data');
  const port = readDbEnv().EMBEDDED_POSTGRES_PORT;
  if (!env.DATABASE_URL) {
    const hint = leftoverPostgresHint(path.join(dataDir, 'postgres'), port);
    await assertPortsFree(
      [{ port, server: 'the embedded PostgreSQL', setting: 'EMBEDDED_POSTGRES_PORT', hint }],
      `npm run db:migrate:new -- ${name}`,
    );
    ensureWritableDataFolder(dataDir);
  }
  const database = await startDatabase({ env, dataDir, port });
  try {
    // Not seeded yet: the seed uses the client generated from the changed schema.
    await migrateStep(database.url);
    const sql = await step(
      'diff',
      () => schemaChangeWithoutMigration(database.url),
      (change) => (change ? 'the schema has changed' : 'no change'),
    );
    if (!sql) {
      console.log('The schema matches the migrations: nothing to write.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'migration.sql'), `${sql.trim()}\n`);
    console.log(`Wrote ${path.relative(repoRoot, folder)}/migration.sql`);
    await migrateAndSeed(database.url);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  reportFailure(error);
  process.exit(1);
});
