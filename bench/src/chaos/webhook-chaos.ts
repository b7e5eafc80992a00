import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { inParallel, jackpotFor, pickStore, sandboxControl } from '../fixtures';
import type { BenchStack } from '../stack';
import { buildDeliveries, type Delivery } from './deliveries';
import { type Employee, reserve, signedInAdmin, signedInEmployee, trpcMutation, waitUntil } from './portal';
import { check, type Check, seconds, type SuiteResult, statusCounts } from './report';
import { compareWithTruth, jackpotTruth } from './truth';

/** What happens to an order at Jackpot after it is reserved (one per order, in turn). */
export const LIFE_CYCLES = [
  'confirm',
  'employee-cancel',
  'expire',
  'refund-accepted',
  'refund-rejected',
  'refund-pending',
  'approve-vs-expire',
  'approve',
] as const;
type LifeCycle = (typeof LIFE_CYCLES)[number];
const NEEDS_APPROVAL = new Set<LifeCycle>(['employee-cancel', 'expire', 'approve-vs-expire', 'approve']);

interface ChaosOrder {
  orderId: string;
  lifeCycle: LifeCycle;
  employee: Employee;
}

/**
 * Suite 1. N orders through orders.reserve over HTTP, each taken through a life cycle at
 * Jackpot, while the sandbox delivers no webhook; then M deliveries made of Jackpot's real
 * events and chaos, POSTed concurrently to the production server; then the portal must
 * converge to Jackpot's truth.
 */
export async function runWebhookChaos(
  stack: BenchStack,
  options: { orders: number; deliveries: number; concurrency: number; timeoutS: number },
): Promise<SuiteResult> {
  const checks: Check[] = [];
  const figures: string[] = [];
  const jackpot = jackpotFor(stack);
  // Jackpot keeps its webhooks (the deliveries log keeps their envelopes): the chaos sends them.
  await sandboxControl(stack, 'settings', { webhookUrl: null, autoConfirm: false, readyDelayMs: 0 });
  const item = await pickStore(stack.db);
  await sandboxControl(stack, `stores/${item.store.id}`, { refundable: true });
  await sandboxControl(stack, `stores/${item.store.id}/refund-policy`, { outcome: 'manual' }, 'PUT');

  const started = performance.now();
  // Only this run's events count (suites may share a stack): received since now, and those the
  // sandbox's log did not hold yet.
  const since = new Date();
  const earlier = new Set((await deliveryLog(stack)).map((entry) => entry.eventId));
  const orders = await placeOrders(stack, item, options.orders, checks);
  const actionStatuses = await driveLifeCycles(stack, jackpot, orders);
  figures.push(
    `${orders.length} orders reserved over HTTP and driven at Jackpot in ${seconds(performance.now() - started)} (${LIFE_CYCLES.join(', ')}, in turn)`,
  );
  checks.push(
    check(
      'portal answers during the life cycles',
      actionStatuses.every((status) => status < 500),
      `cancels and approvals: ${statusCounts(actionStatuses) || 'none'}`,
    ),
  );

  const log = (await deliveryLog(stack)).filter((entry) => !earlier.has(entry.eventId));
  const real = [...new Map(log.map((entry) => [entry.eventId, entry.envelope])).values()];
  const deliveries = buildDeliveries(
    real,
    orders.map((order) => order.orderId),
    options.deliveries,
  );
  const sent = await deliver(stack, deliveries, options.concurrency);
  const kinds = (kind: Delivery['kind']) => sent.filter((s) => s.delivery.kind === kind);
  figures.push(
    `${deliveries.length} deliveries (${real.length} real events, ${kinds('duplicate').length} duplicates, ${kinds('malformed').length} malformed, ${kinds('wrong-secret').length} wrong secret, ${kinds('forged-voucher').length} forged voucher ids, ${kinds('foreign-key').length} foreign notification keys, ${kinds('unknown-event').length} unknown events), ${options.concurrency} at a time, in ${seconds(sent.elapsedMs)} (${Math.round(deliveries.length / (sent.elapsedMs / 1000))}/s); first answers ${statusCounts(sent.map((s) => s.statuses[0]!))}`,
  );
  const valid = sent.filter((s) => s.delivery.kind !== 'malformed' && s.delivery.kind !== 'wrong-secret');
  checks.push(
    check(
      'no 5xx but back-pressure',
      sent.every((s) => s.statuses.every((status) => status < 500 || status === 503)),
      `${sent.filter((s) => s.statuses.includes(503)).length} deliveries met 503 with Retry-After and were sent again`,
    ),
    check(
      'every valid delivery accepted',
      valid.every((s) => s.statuses.at(-1) === 200),
      statusCounts(valid.map((s) => s.statuses.at(-1)!)),
    ),
    check(
      'bad deliveries refused',
      kinds('malformed').every((s) => s.statuses.at(-1) === 400) &&
        kinds('wrong-secret').every((s) => s.statuses.at(-1) === 401),
      `malformed ${statusCounts(kinds('malformed').map((s) => s.statuses.at(-1)!))}; wrong secret ${statusCounts(kinds('wrong-secret').map((s) => s.statuses.at(-1)!))}`,
    ),
  );

  const validIds = new Set(valid.map((s) => s.delivery.eventId));
  const badIds = sent.filter((s) => !validIds.has(s.delivery.eventId)).map((s) => s.delivery.eventId);
  const convergence = await converge(stack, jackpot, orders, options.timeoutS);
  figures.push(
    `converged in ${seconds(convergence.ms)} after the last delivery${convergence.done ? '' : ' (TIMED OUT)'}`,
  );
  checks.push(...convergence.checks);

  const rows = await stack.db.webhookEvent.findMany({
    where: { receivedAt: { gte: since } },
    select: { id: true, status: true },
  });
  const rowIds = new Set(rows.map((row) => row.id));
  const missing = [...validIds].filter((id) => !rowIds.has(id));
  const extra = rows.filter((row) => !validIds.has(row.id));
  const statuses = new Map<string, number>();
  for (const row of rows) statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
  checks.push(
    check(
      'one webhook_events row per distinct valid event',
      missing.length === 0 && rows.length === validIds.size,
      `${rows.length} rows for ${validIds.size} distinct events (${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}); ${missing.length} missing`,
    ),
    check(
      'nothing recorded from bad deliveries',
      extra.length === 0 && badIds.every((id) => !rowIds.has(id)),
      `${extra.length} rows not from a valid delivery`,
    ),
    check(
      'every event resolved',
      rows.every((row) => row.status === 'PROCESSED' || row.status === 'IGNORED'),
      `${rows.filter((row) => row.status !== 'PROCESSED' && row.status !== 'IGNORED').length} received or failed`,
    ),
  );
  return { suite: `Webhook chaos: ${options.orders} orders, ${options.deliveries} deliveries`, figures, checks };
}

async function placeOrders(
  stack: BenchStack,
  item: Awaited<ReturnType<typeof pickStore>>,
  count: number,
  checks: Check[],
): Promise<ChaosOrder[]> {
  const plan = Array.from({ length: count }, (_, index) => LIFE_CYCLES[index % LIFE_CYCLES.length]!);
  const placed = await inParallel(plan, 8, async (lifeCycle) => {
    const employee = await signedInEmployee(stack.db, 2 * item.priceCents, NEEDS_APPROVAL.has(lifeCycle));
    const answer = await reserve(stack, employee, item);
    return { lifeCycle, employee, answer };
  });
  const ok = placed.filter((p) => p.answer.status === 200 && p.answer.orderId);
  checks.push(
    check(
      'every reservation answered',
      ok.length === count,
      `${statusCounts(placed.map((p) => p.answer.status))}; orders ${[...new Set(ok.map((p) => p.answer.orderStatus))].join(' / ')}`,
    ),
  );
  return ok.map((p) => ({ orderId: p.answer.orderId!, lifeCycle: p.lifeCycle, employee: p.employee }));
}

/** Drives each order's life cycle at Jackpot (and through the portal where a person acts); returns the portal's answers. */
async function driveLifeCycles(stack: BenchStack, jackpot: JackpotClient, orders: ChaosOrder[]): Promise<number[]> {
  const admin = await signedInAdmin(stack.db);
  const statuses: number[] = [];
  const voucherOf = async (orderId: string) =>
    (await stack.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { jackpotVoucherId: true } }))
      .jackpotVoucherId!;
  const expire = async (voucherId: string) => sandboxControl(stack, 'reservations/expire', { voucherId }, 'POST');
  const portal = async (who: Employee, procedure: string, orderId: string) =>
    statuses.push((await trpcMutation(stack, who.cookie, procedure, { orderId })).status);
  await inParallel(orders, 8, async ({ orderId, lifeCycle, employee }) => {
    const voucherId = await voucherOf(orderId);
    switch (lifeCycle) {
      case 'confirm':
        return;
      case 'employee-cancel':
        return portal(employee, 'orders.cancel', orderId);
      case 'expire':
        await expire(voucherId);
        return;
      case 'approve':
        return portal(admin, 'admin.approveOrder', orderId);
      case 'approve-vs-expire':
        await Promise.all([portal(admin, 'admin.approveOrder', orderId), expire(voucherId)]);
        return;
      default: {
        // Refunds: asked at Jackpot once the voucher is READY; the store answers by hand.
        await waitUntil(async () => (await jackpot.getVoucher(voucherId)).state === 'READY', 30_000, 200);
        await jackpot.refundVoucher(voucherId);
        if (lifeCycle === 'refund-pending') return;
        await sandboxControl(
          stack,
          `vouchers/${voucherId}/refund-resolution`,
          { outcome: lifeCycle === 'refund-accepted' ? 'accept' : 'reject' },
          'POST',
        );
      }
    }
  });
  return statuses;
}

interface Sent {
  delivery: Delivery;
  statuses: number[];
}

/** POSTs every delivery, `concurrency` at a time; a 503 is sent again after its Retry-After, as Jackpot does. */
export async function deliver(
  stack: BenchStack,
  deliveries: Delivery[],
  concurrency: number,
): Promise<Sent[] & { elapsedMs: number }> {
  const secret = stack.secrets.JACKPOT_WEBHOOK_SECRET;
  const started = performance.now();
  const sent = await inParallel(deliveries, concurrency, async (delivery) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      // Read at each attempt: behind a load balancer (two instances) a retry may reach the other server.
      const url = `${stack.web.url}/api/webhooks/jackpot/${delivery.wrongSecret ? 'not-' : ''}${secret}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: delivery.body,
      }).catch(() => null);
      statuses.push(response?.status ?? 0);
      await response?.text().catch(() => undefined);
      if (response && response.status !== 503) break;
      const retryAfterS = Number(response?.headers.get('retry-after') ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, retryAfterS) * 1000));
    }
    return { delivery, statuses };
  });
  return Object.assign(sent, { elapsedMs: performance.now() - started });
}

/**
 * Waits until the queues are idle and every order equals Jackpot's truth (or the timeout), then
 * checks orders, ledgers and balances against that truth.
 */
export async function converge(
  stack: BenchStack,
  jackpot: JackpotClient,
  orders: Array<{ orderId: string }>,
  timeoutS: number,
): Promise<{ done: boolean; ms: number; checks: Check[] }> {
  const ids = orders.map((order) => order.orderId);
  const started = performance.now();
  const done = await waitUntil(
    async () => {
      const [busy] = await stack.db.$queryRaw<Array<{ count: bigint }>>`
        SELECT count(*) AS count FROM pgboss.job
        WHERE name IN ('webhook.process', 'order.confirm') AND state < 'completed'`;
      if (Number(busy?.count ?? 0) > 0) return false;
      const pending = await stack.db.webhookEvent.count({ where: { status: { in: ['RECEIVED', 'FAILED'] } } });
      if (pending > 0) return false;
      const { mismatches } = await compareWithTruth(stack, await jackpotTruth(stack, jackpot, ids));
      return mismatches.length === 0;
    },
    timeoutS * 1000,
    1000,
  );
  const ms = performance.now() - started;
  const { mismatches, reservedTwice, byState } = await compareWithTruth(stack, await jackpotTruth(stack, jackpot, ids));
  const show = mismatches
    .slice(0, 5)
    .map((m) => `${m.orderId}: ${m.what}`)
    .join('; ');
  return {
    done,
    ms,
    checks: [
      check(
        'every order, ledger and balance equals Jackpot',
        mismatches.length === 0,
        `${ids.length} orders (Jackpot: ${Object.entries(byState)
          .map(([state, n]) => `${state} ${n}`)
          .join(', ')}); ${mismatches.length} mismatches${show ? `: ${show}` : ''}`,
      ),
      check('no reservation made twice at Jackpot', reservedTwice === 0, `${reservedTwice} orders with two vouchers`),
    ],
  };
}

/** The sandbox's log of the webhook events it made (it delivers none during the suite). */
async function deliveryLog(stack: BenchStack) {
  const { deliveries } = (await sandboxControl(stack, 'deliveries')) as {
    deliveries: Array<{ eventId: string; envelope: { id: string; event: string; message: Record<string, unknown> } }>;
  };
  return deliveries;
}
