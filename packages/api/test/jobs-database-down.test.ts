import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';

import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

import { createBoss, startBoss } from '../src/queue/create-boss';
import { QUEUES } from '../src/queue/queues';
import { workQueue } from '../src/queue/work-queue';
import { eventually, silentLog } from './jobs-harness';

/**
 * A TCP relay to the test database that can be cut (every connection destroyed, new ones
 * refused) and restored on the same port: PostgreSQL going away and coming back, for one client.
 */
async function startDatabaseRelay(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    if (server?.listening) return;
    const next = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => next.listen(port, '127.0.0.1', resolve));
    port = (next.address() as AddressInfo).port;
    server = next;
  };
  await listen();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    cut: async () => {
      const closed = new Promise((resolve) => server?.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: listen,
  };
}

let relay: Awaited<ReturnType<typeof startDatabaseRelay>>;
let boss: PgBoss;

beforeAll(async () => {
  relay = await startDatabaseRelay(inject('databaseUrl'));
  // A short expiry, so that the job whose completion was lost comes back within the test.
  boss = await startBoss(
    createBoss({
      databaseUrl: relay.url,
      schema: 'pgboss_database_down',
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      schedule: false,
    }),
    { expireInSeconds: 2 },
  );
});
afterAll(async () => {
  await relay.restore();
  await boss.stop({ graceful: false, timeout: 1_000 });
});

// pg-boss 10.4.2 called complete()/fail() after a handler without awaiting them, so a database
// gone at that moment left a rejection nobody handled (patches/pg-boss@10.4.2.patch).
it('a job finishing while the database is unreachable: no unhandled rejection, a pg-boss error, and the job runs again once it is back', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const workerErrors: Array<{ message: string }> = [];
  boss.on('error', (error: { message: string; queue?: string }) => {
    if (error.queue === QUEUES.emailVoucherReady) workerErrors.push(error);
  });
  try {
    const runs: string[] = [];
    await workQueue(boss, QUEUES.emailVoucherReady, { inFlight: 1, log: silentLog }, async (data) => {
      runs.push(data.notificationId);
      // The database goes away while the handler runs: pg-boss cannot record the completion.
      if (runs.length === 1) await relay.cut();
    });
    const jobId = await boss.send(QUEUES.emailVoucherReady, { notificationId: 'n-1' });

    await eventually(async () => unhandled.length > 0 || workerErrors.length > 0, 15_000, 'the lost completion');
    // Give a rejection left unhandled the turns of the event loop Node needs to report it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(unhandled).toEqual([]);
    expect(workerErrors[0]?.message).toMatch(/ECONNREFUSED|connect|terminated/i);

    await relay.restore();
    const job = await eventually(
      async () => {
        const found = await boss.getJobById(QUEUES.emailVoucherReady, jobId!);
        return found?.state === 'completed' ? found : null;
      },
      20_000,
      'the job completed after the database came back',
    );
    expect(job.retryCount).toBeGreaterThanOrEqual(1);
    expect(runs).toEqual(['n-1', 'n-1']);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
