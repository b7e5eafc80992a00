import type { Db } from '@jackpot-portal/db';

import { groupCpuMs } from '../load';
import type { BenchStack, WebInstance } from '../stack';
import { waitUntil } from './portal';
import { check, type Check, countsOf, seconds, type SuiteResult } from './report';
import { runWebhookChaos } from './webhook-chaos';

/**
 * Suite 5. Two production web servers, each with its workers and cron, on one database and one
 * sandbox. The webhook chaos (suite 1) runs with every request it sends (reservations, cancels,
 * approvals, deliveries and their retries) going to one server or the other in turn, as a
 * round-robin load balancer would, so duplicates of one event race on both; its checks against
 * Jackpot's truth must hold. Then, from pg-boss's tables and the jobs' effects: every job ran
 * once (a webhook event was never worked on more often than pg-boss handed its job out), no
 * effect twice (one order event per status, one voucher-ready email per READY order), and the
 * every-minute reconciliation was sent once per minute across both servers.
 */
export async function runTwoInstances(
  stack: BenchStack,
  options: { orders: number; deliveries: number; concurrency: number; timeoutS: number; cronMinutes: number },
): Promise<SuiteResult> {
  if (stack.webs.length !== 2) throw new Error('the two-instances suite needs a stack with a second web server');
  const since = await databaseNow(stack.db);
  const cpuBefore = stack.webs.map((web) => groupCpuMs(web.pgid));
  const connections = sampleConnections(stack.db);
  const requests = [0, 0];
  const chaos = await runWebhookChaos(roundRobin(stack, requests), options);
  // The cron check wants whole minutes with both servers up: at least `cronMinutes` of them
  // (0: no cron check, for npm test's quick run).
  const cronFrom = nextMinute(since);
  if (options.cronMinutes > 0)
    await waitUntil(
      async () => (await databaseNow(stack.db)).getTime() >= cronFrom.getTime() + (options.cronMinutes + 1) * 60_000,
      (options.cronMinutes + 2) * 60_000,
      2_000,
    );
  const until = minuteStart(await databaseNow(stack.db));
  const peaks = await connections.stop();
  const cpu = stack.webs.map((web, index) => groupCpuMs(web.pgid) - cpuBefore[index]!);

  const figures = [
    ...chaos.figures,
    `requests to each server: ${requests.map((n, i) => `#${i + 1} ${n}`).join(', ')}; CPU of each server's process group: ${cpu.map((ms, i) => `#${i + 1} ${seconds(ms)}`).join(', ')}`,
    `peak PostgreSQL connections: ${peaks.total} (${Object.entries(peaks.byApplication)
      .map(([name, n]) => `${name || 'Prisma pools (unnamed)'} ${n}`)
      .join(', ')}; the suite's own client holds up to 5 of the unnamed)`,
  ];
  const checks: Check[] = [
    ...chaos.checks,
    check(
      'requests spread across both servers',
      requests.every((n) => n > 0) && cpu.every((ms) => ms > 0),
      `${requests.join(' / ')} requests`,
    ),
    ...(await jobsRanOnce(stack.db, since)),
    ...(await effectsOnce(stack.db, since)),
    ...(options.cronMinutes > 0 ? [await cronOncePerTick(stack.db, cronFrom, until)] : []),
  ];
  return {
    suite: `Two instances: ${options.orders} orders, ${options.deliveries} deliveries across two web servers`,
    figures,
    checks,
  };
}

/** A view of the stack whose web URL alternates between its servers at each request, as a round-robin load balancer. */
function roundRobin(stack: BenchStack, counts: number[]): BenchStack {
  let next = 0;
  const web: WebInstance = {
    get url() {
      const index = next++ % stack.webs.length;
      counts[index] = (counts[index] ?? 0) + 1;
      return stack.webs[index]!.url;
    },
    get pgid() {
      return stack.web.pgid;
    },
  };
  return { ...stack, web };
}

// pg-boss's jobs, wherever maintenance moved them (pg-boss 10 archives completed jobs after 12 h).
const JOBS = `(SELECT id, name, state, retry_count, created_on FROM pgboss.job
  UNION ALL SELECT id, name, state, retry_count, created_on FROM pgboss.archive) AS jobs`;

/** Every job of the run completed, and no webhook event was worked on more often than pg-boss handed out its job. */
async function jobsRanOnce(db: Db, since: Date): Promise<Check[]> {
  const jobs = await db.$queryRawUnsafe<Array<{ name: string; state: string; n: bigint; retried: bigint }>>(
    `SELECT name, state, count(*) AS n, count(*) FILTER (WHERE retry_count > 0) AS retried FROM ${JOBS}
     WHERE created_on >= $1 AND name NOT LIKE '__pgboss%' GROUP BY name, state ORDER BY name, state`,
    since,
  );
  // A webhook's job id is its event id; processing counts its attempts on the event's row (an
  // unresolved one): more attempts than pg-boss runs of the job would mean one job ran twice at once.
  const [overrun] = await db.$queryRawUnsafe<Array<{ events: bigint; overrun: bigint; attempts: string | null }>>(
    `SELECT count(*) AS events, count(*) FILTER (WHERE e.attempts > jobs.retry_count + 1) AS overrun,
            string_agg(DISTINCT e.attempts::text, '/' ORDER BY e.attempts::text) AS attempts
     FROM ${JOBS} JOIN webhook_events e ON e.id = jobs.id::text
     WHERE jobs.name = 'webhook.process' AND jobs.created_on >= $1`,
    since,
  );
  const described = jobs.map((j) => `${j.name} ${j.state} ${j.n}${j.retried ? ` (${j.retried} retried)` : ''}`);
  return [
    check(
      'every job of the run completed',
      jobs.length > 0 && jobs.every((j) => j.state === 'completed'),
      described.join(', '),
    ),
    check(
      'each webhook job worked on its event once per run pg-boss gave it',
      Number(overrun?.events ?? 0) > 0 && Number(overrun?.overrun ?? 1) === 0,
      `${Number(overrun?.events ?? 0)} webhook jobs; attempts per event ${overrun?.attempts ?? 'none'}; ${Number(overrun?.overrun ?? 0)} over`,
    ),
  ];
}

/** Effects a job applied twice would show: an order status recorded twice, a second voucher-ready email. */
async function effectsOnce(db: Db, since: Date): Promise<Check[]> {
  const [events] = await db.$queryRaw<Array<{ orders: bigint; twice: bigint }>>`
    SELECT count(DISTINCT order_id) AS orders, count(*) FILTER (WHERE n > 1) AS twice FROM (
      SELECT e."orderId" AS order_id, e.status, count(*) AS n FROM order_events e
      JOIN orders o ON o.id = e."orderId" WHERE o."createdAt" >= ${since} GROUP BY 1, 2) AS per_status`;
  // Each of the run's employees placed one order. A READY one was told once; one that went on
  // to a refund was told if its READY webhook came before the refund's (shuffled), never twice.
  const orders = await db.order.findMany({
    where: { createdAt: { gte: since } },
    select: { status: true, user: { select: { email: true } } },
  });
  const ready = orders.filter((order) => order.status === 'READY').map((order) => order.user.email!);
  await waitUntil(async () => (await db.outboxEmail.count({ where: { to: { in: ready } } })) >= ready.length, 60_000);
  const emails = await db.outboxEmail.groupBy({
    by: ['to'],
    where: { to: { in: orders.map((order) => order.user.email!) } },
    _count: { _all: true },
  });
  const count = new Map(emails.map((e) => [e.to, e._count._all]));
  return [
    check(
      'each order status recorded once',
      Number(events?.orders ?? 0) > 0 && Number(events?.twice ?? 1) === 0,
      `${Number(events?.orders ?? 0)} orders; ${Number(events?.twice ?? 0)} statuses recorded twice`,
    ),
    check(
      'voucher-ready email once: one per READY order, never two for an order',
      ready.every((to) => count.get(to) === 1) && emails.every((e) => e._count._all === 1),
      `${ready.length} READY orders; ${emails.length} orders emailed, ${emails.filter((e) => e._count._all > 1).length} twice`,
    ),
  ];
}

/** The every-minute reconciliation: exactly one job sent per minute in [from, until), for both servers together. */
async function cronOncePerTick(db: Db, from: Date, until: Date): Promise<Check> {
  const rows = await db.$queryRawUnsafe<Array<{ minute: Date; n: bigint; states: string }>>(
    `SELECT date_trunc('minute', created_on) AS minute, count(*) AS n, string_agg(state::text, ',') AS states
     FROM ${JOBS} WHERE name = 'orders.reconcile' AND created_on >= $1 AND created_on < $2 GROUP BY 1 ORDER BY 1`,
    from,
    until,
  );
  const minutes = Math.round((until.getTime() - from.getTime()) / 60_000);
  return check(
    'the every-minute reconciliation sent once per minute across both servers',
    minutes > 0 && rows.length === minutes && rows.every((row) => Number(row.n) === 1 && row.states === 'completed'),
    `${minutes} minutes (${from.toISOString().slice(11, 16)}–${until.toISOString().slice(11, 16)} UTC): ${countsOf(rows.map((row) => `${row.n} job${Number(row.n) === 1 ? '' : 's'} ${row.states}`))}`,
  );
}

/** Peak client connections to the database, in all and per application_name, sampled every second. */
function sampleConnections(db: Db): { stop(): Promise<{ total: number; byApplication: Record<string, number> }> } {
  const byApplication: Record<string, number> = {};
  let total = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await db.$queryRaw<Array<{ application_name: string; n: bigint }>>`
        SELECT application_name, count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' GROUP BY 1`;
      total = Math.max(
        total,
        rows.reduce((sum, row) => sum + Number(row.n), 0),
      );
      for (const row of rows)
        byApplication[row.application_name] = Math.max(byApplication[row.application_name] ?? 0, Number(row.n));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { total, byApplication };
    },
  };
}

async function databaseNow(db: Db): Promise<Date> {
  const [row] = await db.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`;
  return row!.now;
}

function minuteStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

function nextMinute(at: Date): Date {
  return new Date(minuteStart(at).getTime() + 60_000);
}
