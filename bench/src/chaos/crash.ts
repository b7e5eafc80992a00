import { randomUUID } from 'node:crypto';

import { inParallel, jackpotFor, pickStore, sandboxControl, unknownVoucherWebhook, webhookUrl } from '../fixtures';
import type { BenchStack } from '../stack';
import { reserve, signedInEmployee, waitUntil } from './portal';
import { check, type Check, countsOf, seconds, type SuiteResult, statusCounts } from './report';
import { converge } from './webhook-chaos';

/**
 * Suite 2. SIGKILL of the production Next.js server (its whole process group) while Jackpot
 * delivers the webhooks of fresh orders and a stream of other webhooks arrives, with voucher
 * reads slowed so that its workers are in the middle of jobs; then a restart. Jackpot's retries,
 * pg-boss's expiry of the dead worker's jobs and reconciliation must converge to Jackpot's
 * truth, every acknowledged webhook kept, and the jobs that were running done again with no
 * effect twice.
 */
export async function runCrash(
  stack: BenchStack,
  options: { orders: number; kills: number; timeoutS: number },
): Promise<SuiteResult> {
  const checks: Check[] = [];
  const figures: string[] = [];
  const jackpot = jackpotFor(stack);
  await sandboxControl(stack, 'settings', { webhookUrl: webhookUrl(stack), autoConfirm: false, readyDelayMs: 0 });
  // Slow voucher reads keep the webhook workers mid-job; Jackpot also sends 30 % of its events twice.
  await sandboxControl(
    stack,
    'faults',
    { routes: [{ match: 'getVoucher', latencyMs: 1_500 }], webhooks: { duplicateRate: 0.3 } },
    'PUT',
  );
  const item = await pickStore(stack.db);
  const since = new Date();

  // Webhooks about no order of ours, sent without pause until the last restart: each answered
  // 200 must be recorded (acknowledged means kept).
  const next = unknownVoucherWebhook(await jackpot.getVoucher(await anyVoucherId(stack, item)));
  const acknowledged: string[] = [];
  const streamStatuses: number[] = [];
  let streaming = true;
  const stream = inParallel([1, 2, 3, 4], 4, async () => {
    while (streaming) {
      const body = next();
      const response = await fetch(webhookUrl(stack), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).catch(() => null);
      streamStatuses.push(response?.status ?? 0);
      await response?.text().catch(() => undefined);
      if (response?.status === 200) acknowledged.push((JSON.parse(body) as { id: string }).id);
      if (!response) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  const placed = await inParallel(
    Array.from({ length: options.orders }, () => 0),
    8,
    async () => reserve(stack, await signedInEmployee(stack.db, 2 * item.priceCents), item),
  );
  const orders = placed.filter((p) => p.status === 200 && p.orderId).map((p) => ({ orderId: p.orderId! }));
  checks.push(
    check('every reservation answered', orders.length === options.orders, statusCounts(placed.map((p) => p.status))),
  );

  const killedJobs = new Set<string>();
  const downtimes: number[] = [];
  for (let kill = 0; kill < options.kills; kill += 1) {
    const busy = await waitUntil(async () => (await activeJobs(stack)).length > 0, 30_000, 50);
    const active = await activeJobs(stack);
    for (const job of active) killedJobs.add(job.id);
    const killedAt = performance.now();
    process.kill(-stack.web.pgid, 'SIGKILL');
    figures.push(
      `kill ${kill + 1}: SIGKILL of the web server's process group with ${active.length} jobs running (${[...new Set(active.map((job) => job.name))].join(', ') || 'none'})${busy ? '' : ' — no job was running within 30 s'}`,
    );
    // Down for a moment: Jackpot's deliveries and the stream meet a closed port.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await stack.restartWeb({});
    downtimes.push(performance.now() - killedAt);
  }
  streaming = false;
  await stream;
  await sandboxControl(stack, 'faults', {}, 'DELETE');
  figures.push(
    `down ${downtimes.map(seconds).join(', ')} per kill (kill → restarted and healthy); stream of other webhooks: ${statusCounts(streamStatuses)}`,
  );

  const convergence = await converge(stack, jackpot, orders, options.timeoutS);
  figures.push(
    `converged in ${seconds(convergence.ms)} after the last restart${convergence.done ? '' : ' (TIMED OUT)'}`,
  );
  checks.push(...convergence.checks);

  const rows = await stack.db.webhookEvent.findMany({
    where: { receivedAt: { gte: since } },
    select: { id: true, status: true },
  });
  const rowIds = new Set(rows.map((row) => row.id));
  const lost = acknowledged.filter((id) => !rowIds.has(id));
  checks.push(
    check(
      'no acknowledged webhook lost',
      lost.length === 0,
      `${acknowledged.length} acknowledged, ${lost.length} missing`,
    ),
    check(
      'every event resolved',
      rows.every((row) => row.status === 'PROCESSED' || row.status === 'IGNORED'),
      `${rows.length} events, ${rows.filter((row) => row.status !== 'PROCESSED' && row.status !== 'IGNORED').length} received or failed`,
    ),
  );

  const jobs = await stack.db.$queryRaw<Array<{ id: string; state: string; retry_count: number }>>`
    SELECT id::text, state::text, retry_count FROM pgboss.job WHERE id::text = ANY(${[...killedJobs]})`;
  checks.push(
    check(
      'jobs running when their worker died ran again and completed',
      killedJobs.size > 0 && jobs.length === killedJobs.size && jobs.every((job) => job.state === 'completed'),
      `${killedJobs.size} jobs: ${countsOf(jobs.map((job) => `${job.state}${job.retry_count > 0 ? ' after a retry' : ''}`))}`,
    ),
  );

  // Nothing twice: the ledger is checked above; the voucher-ready email goes out once per READY order.
  const ready = await stack.db.order.findMany({
    where: { id: { in: orders.map((o) => o.orderId) }, status: 'READY' },
    select: { user: { select: { email: true } } },
  });
  const emailsReady = await waitUntil(
    async () =>
      (await stack.db.outboxEmail.count({ where: { to: { in: ready.map((o) => o.user.email!) } } })) >= ready.length,
    60_000,
  );
  const emails = await stack.db.outboxEmail.groupBy({
    by: ['to'],
    where: { to: { in: ready.map((o) => o.user.email!) } },
    _count: { _all: true },
  });
  checks.push(
    check(
      'one voucher-ready email per READY order',
      emailsReady && emails.length === ready.length && emails.every((e) => e._count._all === 1),
      `${ready.length} READY orders, ${emails.reduce((sum, e) => sum + e._count._all, 0)} emails`,
    ),
  );

  // Jackpot's own deliveries to the portal (a retry may still be due after the portal converged).
  const portalDeliveries = async () =>
    (
      (await sandboxControl(stack, 'deliveries')) as { deliveries: Array<{ state: string; url: string | null }> }
    ).deliveries.filter((d) => d.url !== null);
  await waitUntil(
    async () =>
      (await portalDeliveries()).every((d) => ['delivered', 'failed', 'dropped', 'skipped'].includes(d.state)),
    120_000,
    1_000,
  );
  const deliveries = await portalDeliveries();
  checks.push(
    check(
      "Jackpot's deliveries all delivered in the end",
      deliveries.every((d) => d.state === 'delivered'),
      countsOf(deliveries.map((d) => d.state)),
    ),
  );
  return { suite: `Crash: ${options.orders} orders, ${options.kills} SIGKILLs of the web server`, figures, checks };
}

async function activeJobs(stack: BenchStack) {
  return stack.db.$queryRaw<Array<{ id: string; name: string }>>`
    SELECT id::text, name FROM pgboss.job WHERE state = 'active' AND name NOT LIKE '__pgboss%'`;
}

/** A real voucher id to build the stream's envelopes from (the sandbox's own, reserved for nobody). */
async function anyVoucherId(stack: BenchStack, item: Awaited<ReturnType<typeof pickStore>>): Promise<string> {
  const session = await jackpotFor(stack).openClientSession({
    amountCents: item.priceCents,
    notificationKey: randomUUID(),
    userId: randomUUID(),
  });
  return (await session.reserveByValue(item.store.id, item.offer.id, item.valueCents)).id;
}
