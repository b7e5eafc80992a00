import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import { createJackpotClient, type Store } from '@jackpot-portal/jackpot-core';
import { type RunningSandbox, startSandbox } from '@jackpot-portal/jackpot-sandbox';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { reserveVoucher } from '../src/services/orders/reserve-voucher';
import { createUser, grant, mirrorSandboxCatalogue, takesSmallFreeAmounts } from './factories';
import { eventually } from './jobs-harness';

const SECRET = 'crash-test-webhook-secret-0123456789';
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const entry = path.resolve(import.meta.dirname, 'support/portal-worker-process.ts');
const db = createDb(inject('databaseUrl'), { maxConnections: 20 });
let sandbox: RunningSandbox;
let port: number;
let stores: Store[];
const children: ChildProcess[] = [];

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

/** Starts the app-instance process and resolves once it listens. */
function startInstance(): Promise<ChildProcess> {
  const config = {
    databaseUrl: inject('databaseUrl'),
    schema: 'pgboss_crash',
    port,
    webhookSecret: SECRET,
    jackpot: { baseUrl: sandbox.url, ...inject('sandbox').credentials },
  };
  // node itself with tsx's loader (not the tsx CLI, which would run the server in a grandchild
  // that a SIGKILL of its parent leaves alive).
  // It says it listens over the IPC channel, not in its output, which anything may write to.
  const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(config)], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.push(child);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${errors}`)), 30_000);
    child.on('message', (message) => {
      if (message === 'listening') {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== null || signal !== 'SIGKILL') reject(new Error(`instance exited (${code ?? signal}): ${errors}`));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  sandbox = await startSandbox({
    readyDelayMs: 300,
    credentials: inject('sandbox').credentials,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/jackpot/${SECRET}`,
    // Scaled-down contract schedule: retries at 0.2, 0.6, 1.4, 3 s… for 30 s.
    webhookRetry: { firstRetryDelayMs: 200, giveUpAfterMs: 30_000, attemptTimeoutMs: 1_000 },
  });
  stores = await mirrorSandboxCatalogue(db);
}, 60_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await sandbox.stop();
  await db.$disconnect();
});

describe('an app instance killed while webhooks arrive', () => {
  it(
    'converges after a restart: every order settled, every webhook processed, the ledger right',
    { timeout: 90_000 },
    async () => {
      const first = await startInstance();
      const candidates = stores.filter(takesSmallFreeAmounts);
      const slowStore = candidates[0]!;
      // Reservations at this store answer after the portal gave up: PENDING, settled by webhook only.
      await fetch(`${sandbox.url}/_sandbox/faults`, {
        method: 'PUT',
        headers: { 'x-sandbox-token': sandbox.controlToken, 'content-type': 'application/json' },
        body: JSON.stringify({ routes: [{ match: `POST /v2/stores/${slowStore.id}/offers/*`, latencyMs: 3_500 }] }),
      });
      const fast = createJackpotClient({ baseUrl: sandbox.url, ...inject('sandbox').credentials, timeoutMs: 5_000 });
      const impatient = createJackpotClient({
        baseUrl: sandbox.url,
        ...inject('sandbox').credentials,
        timeoutMs: 2_000,
      });

      const reservations = Array.from({ length: 10 }, async (_, index) => {
        const store = index % 3 === 0 ? slowStore : candidates[1 + (index % (candidates.length - 1))]!;
        const user = await createUser(db);
        await grant(db, user.id, 10_000);
        await new Promise((resolve) => setTimeout(resolve, index * 60));
        const input = {
          requestId: randomUUID(),
          storeId: store.id,
          offerId: store.offers[0]!.id,
          by: 'VALUE' as const,
          amountCents: Math.max(store.voucherValueMin, 2_000),
        };
        const result = await reserveVoucher(
          { db, jackpot: store === slowStore ? impatient : fast },
          { ...input, userId: user.id },
        );
        return { user, ...result };
      });

      // Kill the instance once webhooks are flowing, mid-stream.
      await eventually(
        async () =>
          (await db.webhookEvent.count({ where: { receivedAt: { gt: new Date(Date.now() - 60_000) } } })) >= 3,
        15_000,
        'first webhooks',
      );
      first.kill('SIGKILL');
      const orders = await Promise.all(reservations);
      expect(orders.filter((order) => order.status === 'PENDING').length).toBeGreaterThanOrEqual(3);
      // While it is down, deliveries fail and the sandbox keeps retrying them.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const failedAttempts = (await (
        await fetch(`${sandbox.url}/_sandbox/deliveries`, { headers: { 'x-sandbox-token': sandbox.controlToken } })
      ).json()) as { deliveries: Array<{ attempts: Array<{ status?: number }> }> };
      expect(
        failedAttempts.deliveries.some((delivery) => delivery.attempts.some((attempt) => attempt.status !== 200)),
      ).toBe(true);

      await startInstance();
      for (const { orderId, user } of orders) {
        const ready = await eventually(
          async () => {
            const order = await db.order.findUniqueOrThrow({
              where: { id: orderId },
              include: { ledgerEntries: true, events: { orderBy: { createdAt: 'asc' } } },
            });
            return order.status === 'READY' ? order : null;
          },
          45_000,
          `order ${orderId} READY`,
        );
        expect(ready.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['CAPTURE', 'HOLD']);
        expect(await availableBalanceCents(db, user.id)).toBe(10_000 - ready.priceCents);
        const statuses = ready.events.map((event) => event.status).filter((status) => status !== 'PENDING');
        expect(statuses).toEqual(['RESERVED', 'CONFIRMED', 'READY']);
      }
      // Every event Jackpot sent about these orders was recorded once and processed.
      const orderIds = new Set(orders.map((order) => order.orderId));
      const events = await eventually(
        async () => {
          // The database is shared with the other test files, some of which record bare payloads.
          const rows = (await db.webhookEvent.findMany({ where: { event: { startsWith: 'coupon/' } } })).filter((row) =>
            orderIds.has((row.payload as { message?: { notificationKey?: string } }).message?.notificationKey ?? ''),
          );
          return rows.length === orders.length * 3 && rows.every((row) => row.status === 'PROCESSED') ? rows : null;
        },
        30_000,
        'every webhook processed',
      );
      expect(events).toHaveLength(30);
    },
  );
});
