import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { QUEUES } from '../src/queue/queues';
import { mirrorSandboxCatalogue } from './factories';
import { eventually, type Portal, reserveSmallVoucher, startPortal } from './jobs-harness';
import { startBlackHoleServer, startSmtpServer, type TestTcpServer } from './support/smtp-server';

// The SMTP server unreachable: first a black hole (accepts TCP, never speaks), then a closed
// port, then a working server on the same port. Orders and webhooks must not wait for it; the
// voucher-ready email is retried by pg-boss and delivered once when the server is back.
let portal: Portal;
let stores: Store[];
let smtpServer: TestTcpServer;

beforeAll(async () => {
  smtpServer = await startBlackHoleServer();
  portal = await startPortal({
    schema: 'pgboss_smtp_down',
    smtp: { url: smtpServer.url, from: 'portal@example.test' },
  });
  stores = await mirrorSandboxCatalogue(portal.db);
});
afterAll(async () => {
  await portal.stop();
  await smtpServer.close();
});

it('an unreachable SMTP server holds up no order and no webhook; the voucher-ready email is retried and delivered once it is back', async () => {
  const { user, orderId } = await reserveSmallVoucher(portal, stores);

  // Jackpot's webhooks are processed to READY while the email cannot leave.
  await eventually(
    async () => (await portal.db.order.findUniqueOrThrow({ where: { id: orderId } })).status === 'READY',
    15_000,
    'order READY',
  );
  const emailJob = () =>
    portal.db.$queryRaw<Array<{ state: string; retry_count: number; output: unknown }>>`
      SELECT state::text, retry_count, output FROM pgboss_smtp_down.job WHERE name = ${QUEUES.emailVoucherReady}`;
  // The black hole: the attempt fails on the greeting timeout and is scheduled again.
  const failedOnce = await eventually(
    async () => {
      const [job] = await emailJob();
      return job && job.retry_count >= 1 ? job : null;
    },
    20_000,
    'the email job failed on the black hole and retried',
  );
  expect(JSON.stringify(failedOnce.output)).toMatch(/Greeting never received/);

  // A closed port: refused at once.
  const port = smtpServer.port;
  await smtpServer.close();
  await eventually(
    async () => {
      const [job] = await emailJob();
      return job && job.retry_count >= 2 ? job : null;
    },
    30_000,
    'the email job failed on the closed port and retried',
  );

  // Back: the next retry delivers it, once.
  const smtp = await startSmtpServer(port);
  smtpServer = smtp;
  const [job] = await eventually(
    async () => {
      const jobs = await emailJob();
      return jobs[0]?.state === 'completed' ? jobs : null;
    },
    60_000,
    'the email delivered',
  );
  expect(job!.retry_count).toBeGreaterThanOrEqual(2);
  expect(smtp.received.filter((email) => email.to.includes(`<${user.email}>`))).toHaveLength(1);
  expect(await portal.db.outboxEmail.count({ where: { to: user.email } })).toBe(0);
}, 120_000);
