import { cpuMeter, eachFrom, load, percentile } from '../load';
import { describeLoad, type Figure, ms, perS } from '../report';
import type { BenchStack } from '../stack';
import { prepareOrders, sandboxControl, voucherWebhooks, webhookUrl } from '../fixtures';

const WEBHOOK_QUEUES = ['webhook.process', 'order.confirm', 'email.voucher-ready'];

/** CPU the stack spent per event (receiving and processing it), which a busy machine disturbs less than wall time. */
function perEvent(cpu: { web: number; postgres: number; sandbox: number }, events: number): string {
  const each = (ms: number) => (ms / events).toFixed(2);
  return `CPU per event: web ${each(cpu.web)} ms, PostgreSQL ${each(cpu.postgres)} ms, sandbox ${each(cpu.sandbox)} ms`;
}

/** Vouchers the sandbox has answered to GET /v2/vouchers/{id} so far: the portal's reads of Jackpot. */
async function voucherReads(stack: BenchStack): Promise<number> {
  const summary = (await sandboxControl(stack, '')) as { counts: { voucherReads?: number } };
  return summary.counts.voucherReads ?? Number.NaN;
}

function meterFor(stack: BenchStack) {
  return cpuMeter({ webPgid: stack.web.pgid, postgresPid: stack.postgresPid, sandboxPgid: stack.sandbox.pgid });
}

async function backlog(stack: BenchStack): Promise<number> {
  const [row] = await stack.db.$queryRaw<Array<{ waiting: bigint }>>`
    SELECT count(*) AS waiting FROM pgboss.job WHERE name = ANY(${WEBHOOK_QUEUES}) AND state < 'completed'`;
  return Number(row?.waiting ?? 0);
}

/**
 * Waits for the jobs a measure left behind, so they do not load the next one. What is still
 * waiting after `timeoutS` is discarded (said in the figure): a slow portal would otherwise
 * take the rest of the run to catch up.
 */
export async function settleWebhookBacklog(stack: BenchStack, timeoutS: number): Promise<string> {
  const deadline = Date.now() + timeoutS * 1000;
  while ((await backlog(stack)) > 0) {
    if (Date.now() > deadline) {
      const discarded = await stack.db.$executeRaw`
        DELETE FROM pgboss.job WHERE name = ANY(${WEBHOOK_QUEUES}) AND state IN ('created', 'retry')`;
      return `; ${discarded} jobs still waiting ${timeoutS} s later were discarded`;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return '';
}

interface Progress {
  done: number;
  failed: number;
  firstReceived: Date | null;
  lastProcessed: Date | null;
}

async function progress(stack: BenchStack, ids: string[]): Promise<Progress> {
  const [row] = await stack.db.$queryRaw<
    Array<{ done: bigint; failed: bigint; first_received: Date | null; last_processed: Date | null }>
  >`
    SELECT count(*) FILTER (WHERE status IN ('PROCESSED', 'IGNORED')) AS done,
           count(*) FILTER (WHERE status = 'FAILED') AS failed,
           min("receivedAt") AS first_received, max("processedAt") AS last_processed
    FROM webhook_events WHERE id = ANY(${ids})`;
  return {
    done: Number(row?.done ?? 0),
    failed: Number(row?.failed ?? 0),
    firstReceived: row?.first_received ?? null,
    lastProcessed: row?.last_processed ?? null,
  };
}

/** Every order READY, its hold captured exactly once, one notification: the effects, once each. */
async function effectsOnce(stack: BenchStack, orderIds: string[]): Promise<string> {
  const [row] = await stack.db.$queryRaw<Array<{ ready: bigint; captures: bigint; notifications: bigint }>>`
    SELECT (SELECT count(*) FROM orders WHERE id = ANY(${orderIds}::uuid[]) AND status = 'READY') AS ready,
           (SELECT count(*) FROM ledger_entries WHERE "orderId" = ANY(${orderIds}::uuid[]) AND kind = 'CAPTURE') AS captures,
           (SELECT count(*) FROM notifications WHERE "orderId" = ANY(${orderIds}::uuid[])) AS notifications`;
  const [ready, captures, notifications] = [row?.ready, row?.captures, row?.notifications].map(Number);
  const exact = ready === orderIds.length && captures === orderIds.length && notifications === orderIds.length;
  return `${exact ? 'effects exact' : 'EFFECTS WRONG'}: ${ready} READY, ${captures} captures, ${notifications} notifications for ${orderIds.length} orders`;
}

/**
 * A burst: `events` distinct webhooks (three per voucher) POSTed as fast as 20 connections go,
 * then the time until the last one is processed.
 */
export async function measureBurst(stack: BenchStack, options: { events: number; timeoutS: number }): Promise<Figure> {
  const orders = await prepareOrders(stack, Math.ceil(options.events / 3));
  const webhooks = voucherWebhooks(orders);
  const ids = webhooks.map((webhook) => webhook.id);
  const readsBefore = await voucherReads(stack);
  const cpu = meterFor(stack);
  const started = Date.now();
  const ingest = await load(
    {
      url: webhookUrl(stack),
      method: 'POST',
      connections: 20,
      amount: webhooks.length,
      headers: { 'content-type': 'application/json' },
      requests: eachFrom(webhooks, (webhook) => ({ body: webhook.body })),
    },
    { pgid: stack.web.pgid },
  );
  const deadline = started + options.timeoutS * 1000;
  let state = await progress(stack, ids);
  while (state.done + state.failed < ids.length && Date.now() < deadline) {
    // Not too often: counting 10,000 events is a query of its own.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    state = await progress(stack, ids);
  }
  const drained = state.done === ids.length;
  const cpuUsed = cpu();
  const reads = (await voucherReads(stack)) - readsBefore;
  const spanS =
    state.firstReceived && state.lastProcessed
      ? (state.lastProcessed.getTime() - state.firstReceived.getTime()) / 1000
      : Number.NaN;
  const elapsedS = drained ? spanS : (Date.now() - started) / 1000;
  const rate = state.done / elapsedS;
  const effects = drained
    ? `; ${await effectsOnce(
        stack,
        orders.map((order) => order.orderId),
      )}`
    : '';
  const settled = await settleWebhookBacklog(stack, drained ? 120 : 5);
  const product = drained
    ? `${ids.length} events drained in ${spanS.toFixed(1)} s (${perS(rate)}); ${perEvent(cpuUsed, ids.length)}; ${reads} GETs of a voucher to Jackpot (${(reads / ids.length).toFixed(2)} per event); ingest ${describeLoad(ingest)}${effects}`
    : `${state.done} of ${ids.length} processed after ${elapsedS.toFixed(0)} s (${perS(rate)}: ~${(ids.length / rate / 60).toFixed(0)} min for all)${state.failed ? `, ${state.failed} FAILED` : ''}${settled}`;
  return {
    measure: `webhook processing, a burst of ${ids.length} distinct events (3 per voucher)`,
    baseline: '',
    product,
    ratio: '',
    goal: 'drained in < 2 min',
    met: drained && spanS < 120,
  };
}

/**
 * Steady load: `rate` webhooks per second for `seconds`, and for each event the time from
 * being recorded to being processed (its effect committed: the order moved, the ledger settled).
 */
export async function measureSteady(stack: BenchStack, options: { rate: number; seconds: number }): Promise<Figure> {
  const count = options.rate * options.seconds;
  const orders = await prepareOrders(stack, Math.ceil(count / 3));
  const webhooks = voucherWebhooks(orders).slice(0, count);
  const ids = webhooks.map((webhook) => webhook.id);
  const cpu = meterFor(stack);
  const ingest = await load(
    {
      url: webhookUrl(stack),
      method: 'POST',
      connections: 10,
      overallRate: options.rate,
      amount: webhooks.length,
      headers: { 'content-type': 'application/json' },
      requests: eachFrom(webhooks, (webhook) => ({ body: webhook.body })),
    },
    { pgid: stack.web.pgid },
  );
  const deadline = Date.now() + 60_000;
  let state = await progress(stack, ids);
  while (state.done + state.failed < ids.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await progress(stack, ids);
  }
  const cpuUsed = cpu();
  const rows = await stack.db.$queryRaw<Array<{ delay_ms: number | null }>>`
    SELECT extract(epoch FROM ("processedAt" - "receivedAt")) * 1000 AS delay_ms
    FROM webhook_events WHERE id = ANY(${ids})`;
  const delays = rows.map((row) => (row.delay_ms === null ? Number.POSITIVE_INFINITY : Number(row.delay_ms)));
  const [p50, p99, max] = [percentile(delays, 50), percentile(delays, 99), Math.max(...delays)];
  const settled = await settleWebhookBacklog(stack, 60);
  const unprocessed = delays.filter((delay) => !Number.isFinite(delay)).length;
  return {
    measure: `webhook processing at a steady ${options.rate} events/s for ${options.seconds} s: recorded → effect committed`,
    baseline: '',
    product:
      `p50 ${Number.isFinite(p50) ? ms(p50) : 'never'}, p99 ${Number.isFinite(p99) ? ms(p99) : 'never'}, max ${Number.isFinite(max) ? ms(max) : 'never'}` +
      `${unprocessed ? ` (${unprocessed} of ${ids.length} not processed within 60 s of the last POST)` : ''}; ${perEvent(cpuUsed, ids.length)}; POSTs ${describeLoad(ingest)}${settled}`,
    ratio: '',
    goal: 'p50 < 1 s, p99 < 5 s',
    met: p50 < 1_000 && p99 < 5_000,
  };
}
