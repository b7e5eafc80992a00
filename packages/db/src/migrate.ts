import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import { childProcessEnv } from './env';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = path.join(packageDir, 'prisma', 'migrations');

/** Names of the migrations committed in prisma/migrations, oldest first. */
export function committedMigrations(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Names of the migrations already applied to the database (none on an empty one). */
export async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS name`);
    if (!table.rows[0]?.name) return [];
    const rows = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    return rows.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const applied = new Set(await appliedMigrations(databaseUrl));
  return committedMigrations().filter((name) => !applied.has(name));
}

/** Runs `prisma migrate deploy` (through the offline engine shim) and returns what it applied. */
export async function migrateDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return { applied: [] };
  await runPrisma(['migrate', 'deploy'], databaseUrl);
  return { applied: pending };
}

export function runPrisma(args: string[], databaseUrl?: string): Promise<string> {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: packageDir,
      // Plain text: callers read the output (npm test sets FORCE_COLOR for its own steps).
      env: childProcessEnv({
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        CHECKPOINT_DISABLE: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  });
}
