// `npm run db:seed:large -- --orders 1000000 [--employees 2000]`: fills the local database (the
// embedded one in .data/, or DATABASE_URL) with many orders, so that the admin vouchers table can
// be measured on data of a real programme's size; then measures the table's first and a deep
// page through the real service (admin.listOrders's) and prints the plans PostgreSQL chooses.
// Rows are written by INSERT … SELECT generate_series in batches of 100,000, in the database;
// run again, it adds nothing (the same request ids) and measures again.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { listAllOrders } from '@jackpot-portal/api';
import { createDb, readDbEnv } from '@jackpot-portal/db';

import { readScriptEnv, repoRoot } from './lib/env';
import { migrateAndSeed, startDatabase } from './lib/stack';

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '1000000' }, employees: { type: 'string', default: '2000' } },
});
const orders = Number(values.orders);
const employees = Number(values.employees);
if (!Number.isInteger(orders) || orders < 1 || !Number.isInteger(employees) || employees < 1)
  throw new Error('--orders and --employees take a whole number (e.g. --orders 1000000).');

const BATCH = 100_000;
const env = readScriptEnv();
const database = await startDatabase({
  env,
  dataDir: path.join(repoRoot, '.data'),
  port: Number(readDbEnv().EMBEDDED_POSTGRES_PORT),
});
const db = createDb(database.url);
try {
  await migrateAndSeed(database.url);
  const started = performance.now();
  await db.$executeRaw`
    INSERT INTO users (id, email, name, role, "updatedAt")
    SELECT gen_random_uuid(), 'load-' || i || '@seed.example', 'Load Employee ' || i, 'EMPLOYEE', now()
      FROM generate_series(1, ${employees}::int) AS i
    ON CONFLICT (email) DO NOTHING`;
  // The seeded employees in a fixed order, and the orders spread over them, over 24 months,
  // over every status, store names from a short list.
  for (let from = 0; from < orders; from += BATCH) {
    const count = Math.min(BATCH, orders - from);
    await db.$executeRaw`
      WITH staff AS (
        SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE email LIKE 'load-%@seed.example'
      ), total AS (SELECT count(*) AS k FROM staff)
      INSERT INTO orders (id, "userId", "requestId", status, "reserveBy", "storeId", "storeName", "offerId", mode,
                          "rateBasisPoints", "valueCents", "priceCents", "needsApproval", "couponId",
                          "createdAt", "updatedAt")
      SELECT gen_random_uuid(), staff.id, 'load-' || i, (enum_range(NULL::"OrderStatus"))[1 + i % 10],
             'PRICE', md5('store' || i % 40)::uuid, (ARRAY['Fnac','Decathlon','Sephora','Ikea','Zara'])[1 + i % 5],
             md5('offer' || i % 40)::uuid, CASE WHEN i % 3 = 0 THEN 'DISCOUNT' ELSE 'BONUS' END::"OfferMode",
             500 + (i % 7) * 100, 1000 + (i % 50) * 500, 950 + (i % 50) * 475, i % 11 = 0, 'LOAD' || i,
             now() - (i::float / ${orders}::float) * interval '730 days', now()
        FROM generate_series(${from + 1}::int, ${from + count}::int) AS i
        JOIN total ON true
        JOIN staff ON staff.n = i % total.k
      ON CONFLICT ("userId", "requestId") DO NOTHING`;
    process.stdout.write(`\r  orders: ${from + count} / ${orders}`);
  }
  await db.$executeRawUnsafe('ANALYZE orders');
  await db.$executeRawUnsafe('ANALYZE users');
  console.log(
    `\n  seeded ${orders} orders for ${employees} employees in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const total = await db.order.count();
  const time = async <T>(what: string, run: () => Promise<T>) => {
    await run(); // warm: the first call also pays for the connection and the plan cache
    const samples: number[] = [];
    let result!: T;
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      result = await run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `  ${what}: median ${samples[2]!.toFixed(1)} ms (min ${samples[0]!.toFixed(1)}, max ${samples[4]!.toFixed(1)})`,
    );
    return result;
  };
  console.log(`\nVouchers table (admin.listOrders, 25 rows) over ${total} orders:`);
  await time('first page, newest first', () => listAllOrders({ db }, { limit: 25 }));
  // A deep page: the cursor of the row 90% down the table, as "Next" would have given it.
  const [deep] = await db.$queryRaw<Array<{ id: string; createdAt: Date }>>`
    SELECT id, "createdAt" FROM orders ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.floor(total * 0.9)} LIMIT 1`;
  const cursor = Buffer.from(JSON.stringify([deep!.createdAt.toISOString(), deep!.id])).toString('base64url');
  await time('deep page (90% down)', () => listAllOrders({ db }, { limit: 25, cursor }));
  await time('first page, status READY', () => listAllOrders({ db }, { limit: 25, status: ['READY'] }));
  await time('first page, by price', () => listAllOrders({ db }, { limit: 25, sort: 'priceCents' }));

  const explain = async (what: string, sql: string, ...params: unknown[]) => {
    const rows = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      ...params,
    );
    console.log(`\nEXPLAIN ${what}:\n${rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
  };
  // The statements Prisma sends for these pages: the keyset `a < x OR (a = x AND id < y)`, with
  // the plain bound `a <= x` that lets the index scan start at the cursor.
  await explain('first page', `SELECT id FROM orders ORDER BY "createdAt" DESC, id DESC LIMIT 26`);
  await explain(
    'deep page',
    `SELECT id FROM orders WHERE "createdAt" <= $1 AND ("createdAt" < $1 OR ("createdAt" = $1 AND id < $2::uuid)) ORDER BY "createdAt" DESC, id DESC LIMIT 26`,
    deep!.createdAt,
    deep!.id,
  );
} finally {
  await db.$disconnect();
  await database.stop();
}
