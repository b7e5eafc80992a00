import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';
import type { TestProject } from 'vitest/node';

import { startEmbeddedPostgres } from '../src/embedded';
import { readDbEnv } from '../src/env';
import { migrateDatabase } from '../src/migrate';

/**
 * Gives the test run a fresh, migrated database: a throw-away embedded PostgreSQL server, or,
 * when TEST_DATABASE_URL names a server, a new database on it that is dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const external = readDbEnv().TEST_DATABASE_URL;
  if (external) {
    const name = `jackpot_test_${process.pid}_${Date.now()}`;
    await adminQuery(external, `CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    project.provide('databaseUrl', url.toString());
    return () => adminQuery(external, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jackpot-test-pg-'));
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort() });
  await migrateDatabase(db.url);
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
