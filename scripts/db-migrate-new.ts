// `npm run db:migrate:new -- <name>`: writes a new migration from the difference between the
// committed migrations and prisma/schema.prisma, then applies it to the development database.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { readDbEnv } from '@jackpot-portal/db';
import { migrationsDir, runPrisma } from '@jackpot-portal/db/migrate';

import { readScriptEnv, repoRoot } from './lib/env';
import { migrateAndSeed, startDatabase } from './lib/stack';
import { reportFailure, step } from './lib/steps';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Give the migration a snake_case name: npm run db:migrate:new -- add_vouchers');
  }
  const database = await startDatabase({
    env: readScriptEnv(),
    dataDir: path.join(repoRoot, '.data'),
    port: readDbEnv().EMBEDDED_POSTGRES_PORT,
  });
  try {
    await migrateAndSeed(database.url);
    const sql = await step('diff', () =>
      runPrisma(
        [
          'migrate',
          'diff',
          '--from-migrations',
          'prisma/migrations',
          '--to-schema',
          'prisma/schema.prisma',
          '--script',
        ],
        database.url,
      ),
    );
    const body = sql
      .split('\n')
      .filter((line) => !line.startsWith('Loaded Prisma config'))
      .join('\n')
      .trim();
    if (!body || body === '-- This is an empty migration.') {
      console.log('The schema matches the migrations: nothing to write.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'migration.sql'), `${body}\n`);
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
