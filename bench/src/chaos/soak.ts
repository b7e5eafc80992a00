import { readFileSync } from 'node:fs';

import { inParallel, jackpotFor, pickStore, sandboxControl, unknownVoucherWebhook, webhookUrl } from '../fixtures';
import { groupPids, percentile, treePids } from '../load';
import type { BenchStack } from '../stack';
import { type Employee, reserve, signedInEmployee, waitUntil } from './portal';
import { check, type Check, type SuiteResult, statusCounts } from './report';

/** The traffic of the soak, in shares of its requests. */
const MIX = [
  { kind: 'page /catalogue', share: 0.15 },
  { kind: 'page /catalogue/{store}', share: 0.1 },
  { kind: 'page /vouchers', share: 0.05 },
  { kind: 'trpc catalogue.list', share: 0.15 },
  { kind: 'trpc catalogue.storeVouchers', share: 0.1 },
  { kind: 'trpc me.balance', share: 0.1 },
  { kind: 'reserve', share: 0.05 },
  { kind: 'webhook', share: 0.3 },
] as const;
type Kind = (typeof MIX)[number]['kind'];

// Requests still waiting for their answer beyond this are not sent (and counted): an open-loop
// load must not pile up without bound when the server falls behind.
const MAX_IN_FLIGHT = 200;

interface Answer {
  kind: Kind;
  /** ms since the soak started. */
  at: number;
  ms: number;
  status: number;
}

interface Sample {
  at: number;
  webMb: number;
  sandboxMb: number;
  /** What the sandbox holds: Jackpot keeps every voucher; its delivery log is capped. */
  sandboxVouchers: number;
  sandboxDeliveries: number;
  /** PostgreSQL's processes' own memory, summed. */
  postgresPrivateMb: number;
  /** The shared buffers in use: pages of the database, bounded by `shared_buffers`. */
  postgresSharedMb: number;
  databaseMb: number;
  connections: number;
}

/**
 * Suite 6. Steady mixed traffic at a fixed rate (open loop: requests leave on a clock, whatever
 * the answers) for `minutes`: catalogue pages and tRPC reads, reservations (their vouchers'
 * webhooks come from the sandbox), and other webhooks. Every `sampleS` seconds, the memory of
 * each process and the open database connections; per minute, p50 and p99. After the warm-up:
 * memory flat (its linear trend over the span within the tolerance), no growth in connections,
 * p99 stable, and never a 5xx.
 */
export async function runSoak(
  stack: BenchStack,
  options: { minutes: number; rate: number; sampleS: number; warmUpMinutes: number; toleranceMb: number },
): Promise<SuiteResult> {
  const item = await pickStore(stack.db);
  await sandboxControl(stack, 'settings', { webhookUrl: webhookUrl(stack), autoConfirm: false, readyDelayMs: 0 });
  const reservations = Math.ceil(options.minutes * 60 * options.rate * 0.05);
  const employees: Employee[] = await inParallel(
    Array.from({ length: 20 }, () => 0),
    8,
    // Twice the fair share each: employees are picked at random.
    () => signedInEmployee(stack.db, Math.ceil((2 * reservations) / 20 + 5) * item.priceCents),
  );
  const jackpot = jackpotFor(stack);
  const session = await jackpot.openClientSession({
    amountCents: item.priceCents,
    notificationKey: 'soak',
    userId: 'x',
  });
  const nextWebhook = unknownVoucherWebhook(
    await jackpot.getVoucher((await session.reserveByValue(item.store.id, item.offer.id, item.valueCents)).id),
  );
  const stores = (await stack.db.store.findMany({ where: { enabled: true }, select: { id: true }, take: 50 })).map(
    (store) => store.id,
  );
  const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const query = (procedure: string, input: unknown) =>
    `${stack.web.url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

  const send = async (kind: Kind): Promise<number> => {
    const employee = pick(employees);
    const get = async (url: string) => {
      const response = await fetch(url, { headers: { cookie: employee.cookie }, redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    };
    switch (kind) {
      case 'page /catalogue':
        return get(`${stack.web.url}/catalogue`);
      case 'page /catalogue/{store}':
        return get(`${stack.web.url}/catalogue/${pick(stores)}`);
      case 'page /vouchers':
        return get(`${stack.web.url}/vouchers`);
      case 'trpc catalogue.list':
        return get(query('catalogue.list', { page: 1 + Math.floor(Math.random() * 5) }));
      case 'trpc catalogue.storeVouchers':
        return get(query('catalogue.storeVouchers', { storeId: pick(stores) }));
      case 'trpc me.balance':
        return get(query('me.balance', undefined));
      case 'reserve':
        return (await reserve(stack, employee, item)).status;
      case 'webhook': {
        const response = await fetch(webhookUrl(stack), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: nextWebhook(),
        });
        await response.arrayBuffer();
        return response.status;
      }
    }
  };

  const answers: Answer[] = [];
  const samples: Sample[] = [];
  const durationMs = options.minutes * 60_000;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let inFlight = 0;
  let dropped = 0;
  const pending = new Set<Promise<void>>();
  const sampler = (async () => {
    while (elapsed() < durationMs) {
      samples.push({ at: elapsed(), ...(await measure(stack)) });
      await sleepUntil(started + samples.length * options.sampleS * 1000);
    }
  })();
  // Requests leave on a clock: the n-th at n / rate seconds.
  for (let n = 0; ; n += 1) {
    const due = started + (n * 1000) / options.rate;
    if (due - started >= durationMs) break;
    await sleepUntil(due);
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped += 1;
      continue;
    }
    const kind = chooseKind(Math.random());
    const at = elapsed();
    inFlight += 1;
    const request = send(kind)
      .catch(() => 0)
      .then((status) => {
        answers.push({ kind, at, ms: elapsed() - at, status });
        inFlight -= 1;
      });
    pending.add(request);
    void request.then(() => pending.delete(request));
  }
  await Promise.all(pending);
  await sampler;
  const drained = await waitUntil(async () => {
    const [row] = await stack.db.$queryRaw<Array<{ busy: bigint }>>`
      SELECT count(*) AS busy FROM pgboss.job WHERE name = 'webhook.process' AND state < 'completed'`;
    return Number(row?.busy ?? 0) === 0;
  }, 120_000);

  const [settings] = await stack.db.$queryRaw<Array<{ bytes: bigint }>>`
    SELECT setting::bigint * current_setting('block_size')::bigint AS bytes FROM pg_settings WHERE name = 'shared_buffers'`;
  return report(options, answers, samples, dropped, drained, Number(settings?.bytes ?? 0) / 2 ** 20);
}

function chooseKind(random: number): Kind {
  let sum = 0;
  for (const { kind, share } of MIX) {
    sum += share;
    if (random < sum) return kind;
  }
  return MIX.at(-1)!.kind;
}

function report(
  options: { minutes: number; rate: number; sampleS: number; warmUpMinutes: number; toleranceMb: number },
  answers: Answer[],
  samples: Sample[],
  dropped: number,
  drained: boolean,
  sharedBuffersMb: number,
): SuiteResult {
  const warmUpMs = options.warmUpMinutes * 60_000;
  const minutes = Array.from({ length: Math.ceil(options.minutes) }, (_, minute) => {
    const inMinute = answers.filter((a) => Math.floor(a.at / 60_000) === minute);
    const sampled = samples.filter((s) => Math.floor(s.at / 60_000) === minute);
    const last = sampled.at(-1);
    return {
      minute,
      requests: inMinute.length,
      p50: percentile(
        inMinute.map((a) => a.ms),
        50,
      ),
      p99: percentile(
        inMinute.map((a) => a.ms),
        99,
      ),
      failed: inMinute.filter((a) => a.status >= 400 || a.status === 0).length,
      webMb: last?.webMb ?? Number.NaN,
      sandboxMb: last?.sandboxMb ?? Number.NaN,
      postgresPrivateMb: last?.postgresPrivateMb ?? Number.NaN,
      postgresSharedMb: last?.postgresSharedMb ?? Number.NaN,
      connections: Math.max(...sampled.map((s) => s.connections)),
    };
  });
  const table = [
    'minute  requests  p50 ms  p99 ms  ≥400  web RSS MB  PostgreSQL own MB  shared MB  DB connections  sandbox RSS MB',
    ...minutes.map((m) =>
      [
        String(m.minute + 1).padStart(6),
        String(m.requests).padStart(9),
        m.p50.toFixed(0).padStart(7),
        m.p99.toFixed(0).padStart(7),
        String(m.failed).padStart(5),
        m.webMb.toFixed(0).padStart(11),
        m.postgresPrivateMb.toFixed(0).padStart(18),
        m.postgresSharedMb.toFixed(0).padStart(10),
        String(m.connections).padStart(15),
        m.sandboxMb.toFixed(0).padStart(15),
      ].join(' '),
    ),
  ];

  const steady = samples.filter((s) => s.at >= warmUpMs);
  const spanMin = steady.length > 1 ? (steady.at(-1)!.at - steady[0]!.at) / 60_000 : 0;
  const trend = (field: 'webMb' | 'postgresPrivateMb' | 'postgresSharedMb' | 'sandboxMb') => {
    const slope = slopePerMinute(steady.map((s) => [s.at / 60_000, s[field]]));
    const mean = steady.reduce((sum, s) => sum + s[field], 0) / Math.max(1, steady.length);
    return { field, slope, mean, growth: slope * spanMin };
  };
  // Judged: the portal's own processes. The shared buffers fill with the pages of a growing
  // database up to `shared_buffers`, and the sandbox stands in for Jackpot, which keeps every
  // voucher: both are reported beside the data they hold, not judged as leaks.
  const memory = [
    { name: 'web server', ...trend('webMb') },
    { name: 'PostgreSQL processes’ own', ...trend('postgresPrivateMb') },
  ];
  const first = steady[0];
  const lastSample = steady.at(-1);
  const held = (s: Sample | undefined) =>
    s ? `${s.sandboxVouchers} vouchers, ${s.sandboxDeliveries} deliveries logged` : '—';
  const shared = trend('postgresSharedMb');
  const sandbox = trend('sandboxMb');
  const dataFigures = [
    `PostgreSQL shared buffers in use: ${shared.slope >= 0 ? '+' : ''}${shared.slope.toFixed(2)} MB/min, ${first?.postgresSharedMb.toFixed(0)} → ${lastSample?.postgresSharedMb.toFixed(0)} MB (shared_buffers ${sharedBuffersMb.toFixed(0)} MB) while the database grew ${first?.databaseMb.toFixed(0)} → ${lastSample?.databaseMb.toFixed(0)} MB`,
    `sandbox (Jackpot's stand-in): ${sandbox.slope >= 0 ? '+' : ''}${sandbox.slope.toFixed(2)} MB/min, ${first?.sandboxMb.toFixed(0)} → ${lastSample?.sandboxMb.toFixed(0)} MB while it went from ${held(first)} to ${held(lastSample)} (its log keeps 10,000 at most)`,
  ];
  const half = steady.length >> 1;
  const peak = (list: Sample[]) => Math.max(0, ...list.map((s) => s.connections));
  const steadyMinutes = minutes.filter((m) => m.minute * 60_000 >= warmUpMs && m.requests > 0);
  const third = Math.max(1, Math.floor(steadyMinutes.length / 3));
  const p99Of = (list: typeof minutes) =>
    percentile(
      answers.filter((a) => list.some((m) => Math.floor(a.at / 60_000) === m.minute)).map((a) => a.ms),
      99,
    );
  const p99First = p99Of(steadyMinutes.slice(0, third));
  const p99Last = p99Of(steadyMinutes.slice(-third));
  const byKind = MIX.map(({ kind }) => {
    const of = answers.filter((a) => a.kind === kind);
    return `${kind}: ${of.length}, p50 ${percentile(
      of.map((a) => a.ms),
      50,
    ).toFixed(0)} ms, p99 ${percentile(
      of.map((a) => a.ms),
      99,
    ).toFixed(0)} ms, ${statusCounts(of.map((a) => a.status))}`;
  });

  const checks: Check[] = [
    check(
      'never a 5xx',
      answers.every((a) => a.status > 0 && a.status < 500),
      statusCounts(answers.map((a) => a.status)),
    ),
    check(
      'the load was sent at its rate',
      dropped === 0,
      `${answers.length} requests in ${options.minutes} min (${(answers.length / (options.minutes * 60)).toFixed(1)}/s for ${options.rate}/s), ${dropped} not sent (${MAX_IN_FLIGHT} waiting already)`,
    ),
    ...memory.map(({ name, slope, mean, growth }) => {
      const limit = Math.max(options.toleranceMb, 0.05 * mean);
      return check(
        `${name} memory flat after the warm-up`,
        steady.length >= 3 && growth <= limit,
        `${slope >= 0 ? '+' : ''}${slope.toFixed(2)} MB/min over ${spanMin.toFixed(1)} min: ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB (limit ${limit.toFixed(0)} MB), mean ${mean.toFixed(0)} MB`,
      );
    }),
    check(
      'open connections not growing',
      half > 0 && peak(steady.slice(half)) <= peak(steady.slice(0, half)) + 2,
      `peak ${peak(steady.slice(0, half))} in the first half after the warm-up, ${peak(steady.slice(half))} in the second`,
    ),
    check(
      'p99 stable',
      steadyMinutes.length >= 2 && p99Last <= 1.5 * p99First + 50,
      `${p99First.toFixed(0)} ms over the first ${third} min after the warm-up, ${p99Last.toFixed(0)} ms over the last ${third} (limit 1.5 × + 50 ms)`,
    ),
    check('webhook jobs drained after the load', drained, drained ? 'none waiting' : 'still waiting after 120 s'),
  ];
  return {
    suite: `Soak: ${options.minutes} min at ${options.rate} requests/s, warm-up ${options.warmUpMinutes} min, samples every ${options.sampleS} s`,
    figures: [...table, ...byKind, ...dataFigures],
    checks,
  };
}

/** Least-squares slope of y over x. */
function slopePerMinute(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/**
 * Memory of each part (MB): the resident set of the web server's and the sandbox's process
 * groups; PostgreSQL's processes' private memory, and apart from it the shared memory they
 * touched (counted once: each backend's RSS counts the shared buffers it touched again). The
 * database's size, what the sandbox holds, and the open client connections (pg_stat_activity).
 */
async function measure(stack: BenchStack): Promise<Omit<Sample, 'at'>> {
  const [row] = await stack.db.$queryRaw<Array<{ n: bigint; bytes: bigint }>>`
    SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend') AS n,
           pg_database_size(current_database()) AS bytes`;
  const { counts } = (await sandboxControl(stack, '')) as { counts: { vouchers: number; deliveries: number } };
  const postgres = treePids(stack.postgresPid);
  return {
    webMb: sum(groupPids(stack.web.pgid).map((pid) => statusKb(pid, 'VmRSS'))) / 1024,
    sandboxMb: sum(groupPids(stack.sandbox.pgid).map((pid) => statusKb(pid, 'VmRSS'))) / 1024,
    sandboxVouchers: counts.vouchers,
    sandboxDeliveries: counts.deliveries,
    postgresPrivateMb: sum(postgres.map((pid) => statusKb(pid, 'RssAnon'))) / 1024,
    postgresSharedMb: Math.max(0, ...postgres.map((pid) => statusKb(pid, 'RssShmem'))) / 1024,
    databaseMb: Number(row?.bytes ?? 0) / 2 ** 20,
    connections: Number(row?.n ?? 0),
  };
}

/** A `Name:  123 kB` field of /proc/<pid>/status (0 for a process that ended meanwhile). */
function statusKb(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function sleepUntil(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));
}
