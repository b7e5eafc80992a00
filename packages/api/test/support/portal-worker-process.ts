// A stand-in for one app instance, for the crash test: it serves receiveWebhook over node:http
// and runs every pg-boss worker, like the web server does, in a process the test can SIGKILL.
// Configuration comes as its first argument (JSON); it says "listening" over the IPC channel.
import { createServer } from 'node:http';

import { createDb } from '@jackpot-portal/db';
import { createJackpotClient } from '@jackpot-portal/jackpot-core';

import { createBoss, startBoss } from '../../src/queue/create-boss';
import { startJobWorkers } from '../../src/workers/start-job-workers';
import { receiveWebhook } from '../../src/services/webhooks/receive-webhook';
import { testVoucherReadyEmail } from './voucher-ready-email';

interface Config {
  databaseUrl: string;
  schema: string;
  port: number;
  webhookSecret: string;
  jackpot: { baseUrl: string; apiKey: string; apiSignature: string; clientSecret: string };
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const db = createDb(config.databaseUrl);
// Jobs a killed process left active come back after 2 s (expiry checked every second).
const boss = await startBoss(
  createBoss({
    databaseUrl: config.databaseUrl,
    schema: config.schema,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    expireInSeconds: 2,
    schedule: false,
  }),
  { expireInSeconds: 2 },
);
const log = { info: () => {}, warn: () => {}, error: (...args: unknown[]) => console.error(...args) };
await startJobWorkers(
  {
    db,
    jackpot: createJackpotClient({ ...config.jackpot, timeoutMs: 3_000 }),
    boss,
    email: { appUrl: 'http://portal.test', composeVoucherReady: testVoucherReadyEmail },
    reconcile: { reconcileAfterS: 3_600, pendingGiveUpAfterS: 3_600 },
    log,
  },
  { schedule: false, concurrency: 2 },
);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const secret = /^\/api\/webhooks\/jackpot\/([^/?]*)/.exec(request.url ?? '')?.[1];
    void receiveWebhook(
      { db, boss, webhookSecret: config.webhookSecret, log },
      { secret: secret && decodeURIComponent(secret), body: Buffer.concat(chunks).toString('utf8') },
    ).then((answer) =>
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body)),
    );
  });
});
server.listen(config.port, '127.0.0.1', () => process.send?.('listening'));
