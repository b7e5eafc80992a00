import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createDb, type Db } from '@jackpot-portal/db';
import { createJackpotClient, type JackpotClient, type Store } from '@jackpot-portal/jackpot-core';
import { type Delivery, type SandboxOptions, startSandbox } from '@jackpot-portal/jackpot-sandbox';
import type PgBoss from 'pg-boss';
import { inject } from 'vitest';

import { createBoss, startBoss } from '../src/queue/create-boss';
import type { SmtpSettings } from '../src/services/email/send-email';
import type { ReconcileSettings } from '../src/services/orders/reconcile-orders';
import { DEFAULT_PENDING_GIVE_UP_AFTER_S } from '../src/services/orders/give-up-pending-order';
import { startJobWorkers } from '../src/workers/start-job-workers';
import { receiveWebhook, type ReceiveWebhookDeps } from '../src/services/webhooks/receive-webhook';
import { reserveVoucher } from '../src/services/orders/reserve-voucher';
import { createUser, grant, takesSmallFreeAmounts } from './factories';
import { testVoucherReadyEmail } from './support/voucher-ready-email';

export const WEBHOOK_SECRET = 'harness-webhook-secret-0123456789';
export const silentLog = { info: () => {}, warn: () => {}, error: () => {} };
export const APP_URL = 'http://portal.test';

/** A boss on the test database, in its own schema so that test files do not take each other's jobs. */
export async function startTestBoss(schema: string, options: { expireInSeconds?: number } = {}): Promise<PgBoss> {
  const boss = createBoss({
    databaseUrl: inject('databaseUrl'),
    schema,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    schedule: false,
    ...options,
  });
  return startBoss(boss, options);
}

/** POST /api/webhooks/jackpot/:secret over node:http, as the Next route does it. */
export async function startWebhookReceiver(
  deps: Omit<ReceiveWebhookDeps, 'webhookSecret'>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const secret = /^\/api\/webhooks\/jackpot\/([^/?]*)/.exec(request.url ?? '')?.[1];
      void receiveWebhook(
        { ...deps, webhookSecret: WEBHOOK_SECRET },
        { secret: secret && decodeURIComponent(secret), body: Buffer.concat(chunks).toString('utf8') },
      ).then((answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/jackpot/${WEBHOOK_SECRET}`,
    server,
  };
}

export interface Portal {
  db: Db;
  boss: PgBoss;
  jackpot: JackpotClient;
  /** Another client on this sandbox, e.g. with a short timeout. */
  jackpotWith: (options: { timeoutMs: number }) => JackpotClient;
  control: (path: string, body?: unknown, method?: 'PUT' | 'DELETE' | 'PATCH') => Promise<unknown>;
  deliveries: (query: string) => Promise<Delivery[]>;
  stop: () => Promise<void>;
}

/**
 * The portal's background half for one test file: its own sandbox (so faults and webhooks stay
 * in this file), a webhook receiver calling receiveWebhook, and pg-boss workers in-process.
 */
export async function startPortal(options: {
  schema: string;
  sandbox?: SandboxOptions;
  reconcile?: ReconcileSettings;
  workers?: boolean;
  /** The workers' SMTP server; unset: emails go to the outbox table. */
  smtp?: SmtpSettings;
}): Promise<Portal> {
  const db = createDb(inject('databaseUrl'), { maxConnections: 20 });
  const boss = await startTestBoss(options.schema);
  const receiver = await startWebhookReceiver({ db, boss, log: silentLog });
  const credentials = inject('sandbox').credentials;
  const sandbox = await startSandbox({
    readyDelayMs: 200,
    credentials,
    webhookUrl: receiver.url,
    webhookRetry: { firstRetryDelayMs: 100, giveUpAfterMs: 10_000, attemptTimeoutMs: 2_000 },
    ...options.sandbox,
  });
  const jackpot = createJackpotClient({
    baseUrl: sandbox.url,
    ...credentials,
    timeoutMs: 5_000,
    retry: { baseDelayMs: 20 },
  });
  const reconcile = options.reconcile ?? { reconcileAfterS: 600, pendingGiveUpAfterS: DEFAULT_PENDING_GIVE_UP_AFTER_S };
  if (options.workers ?? true)
    await startJobWorkers(
      {
        db,
        jackpot,
        boss,
        email: { smtp: options.smtp, appUrl: APP_URL, composeVoucherReady: testVoucherReadyEmail },
        reconcile,
        log: silentLog,
      },
      { schedule: false },
    );

  const control = async (path: string, body?: unknown, method?: 'PUT' | 'DELETE' | 'PATCH') => {
    const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { 'x-sandbox-token': sandbox.controlToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    db,
    boss,
    jackpot,
    jackpotWith: ({ timeoutMs }) =>
      createJackpotClient({ baseUrl: sandbox.url, ...credentials, timeoutMs, retry: { baseDelayMs: 20 } }),
    control,
    deliveries: async (query) => ((await control(`deliveries?${query}`)) as { deliveries: Delivery[] }).deliveries,
    stop: async () => {
      await boss.stop({ graceful: false, timeout: 1_000 });
      await sandbox.stop();
      await new Promise((resolve) => receiver.server.close(resolve));
      await db.$disconnect();
    },
  };
}

/** A new employee granted 100 € reserves a 20 € voucher (or the store's minimum) through the portal. */
export async function reserveSmallVoucher(portal: Portal, stores: Store[]) {
  const store = stores.find(takesSmallFreeAmounts)!;
  const user = await createUser(portal.db);
  await grant(portal.db, user.id, 10_000);
  const { orderId } = await reserveVoucher(
    { db: portal.db, jackpot: portal.jackpot, boss: portal.boss },
    {
      requestId: randomUUID(),
      userId: user.id,
      storeId: store.id,
      offerId: store.offers[0]!.id,
      by: 'VALUE',
      amountCents: Math.max(store.voucherValueMin, 2_000),
    },
  );
  return { user, orderId };
}

/** Polls until `check` returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
