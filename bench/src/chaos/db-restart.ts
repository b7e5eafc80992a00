import { spawn } from 'node:child_process';
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';

import { inParallel, jackpotFor, pickStore, sandboxControl, unknownVoucherWebhook, webhookUrl } from '../fixtures';
import type { BenchStack } from '../stack';
import { type Employee, reserve, signedInEmployee, waitUntil } from './portal';
import { check, type Check, countsOf, seconds, type SuiteResult } from './report';
import { converge } from './webhook-chaos';

type Kind = 'reserve' | 'query' | 'page' | 'webhook';
interface Answer {
  kind: Kind;
  /** When the request was sent and when its answer came, in ms since the load started. */
  at: number;
  end: number;
  status: number;
  appCode: string | null;
  location: string | null;
}

/**
 * Suite 4. PostgreSQL stopped for `downS` seconds under load (reservations, tRPC queries, page
 * loads, webhooks) and started again by an outsider (the same postmaster command line, as pg_ctl
 * would): while it is down the portal answers 503 (pages too, never 401, never a redirect to
 * sign-in, never a 500), it recovers by itself, no acknowledged webhook is lost, and every order
 * equals Jackpot.
 */
export async function runDbRestart(
  stack: BenchStack,
  options: { downS: number; employees: number; timeoutS: number },
): Promise<SuiteResult> {
  const checks: Check[] = [];
  const figures: string[] = [];
  const jackpot = jackpotFor(stack);
  await sandboxControl(stack, 'settings', { webhookUrl: webhookUrl(stack), autoConfirm: false, readyDelayMs: 0 });
  const item = await pickStore(stack.db);
  const employees: Employee[] = await inParallel(
    Array.from({ length: options.employees }, () => 0),
    8,
    () => signedInEmployee(stack.db, 100 * item.priceCents),
  );
  const template = await jackpot.getVoucher(
    (
      await (
        await jackpot.openClientSession({ amountCents: item.priceCents, notificationKey: 'db-restart', userId: 'x' })
      ).reserveByValue(item.store.id, item.offer.id, item.valueCents)
    ).id,
  );
  const nextWebhook = unknownVoucherWebhook(template);
  const since = new Date();

  const answers: Answer[] = [];
  const acknowledged: string[] = [];
  const started = performance.now();
  let running = true;
  const record = (
    kind: Kind,
    sentAt: number,
    status: number,
    appCode: string | null = null,
    location: string | null = null,
  ) => answers.push({ kind, at: sentAt, end: performance.now() - started, status, appCode, location });
  const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
  const loops = employees.map(async (employee, index) => {
    while (running) {
      const sentAt = performance.now() - started;
      switch (index % 4) {
        case 0: {
          const answer = await reserve(stack, employee, item).catch(() => null);
          record('reserve', sentAt, answer?.status ?? 0, answer?.appCode ?? null);
          break;
        }
        case 1: {
          const response = await fetch(`${stack.web.url}/api/trpc/me.balance`, {
            headers: { cookie: employee.cookie },
          }).catch(() => null);
          const body = (await response?.json().catch(() => null)) as {
            error?: { json?: { data?: { appCode?: string } } };
          } | null;
          record('query', sentAt, response?.status ?? 0, body?.error?.json?.data?.appCode ?? null);
          break;
        }
        case 2: {
          const response = await fetch(`${stack.web.url}/vouchers`, {
            headers: { cookie: employee.cookie },
            redirect: 'manual',
          }).catch(() => null);
          const html = (await response?.text().catch(() => '')) ?? '';
          // The proxy answers 503 with the "back in a moment" page; a page whose render met the
          // outage (it passed the proxy just before) answers 500 with error.tsx's version of it.
          // Both carry the DATABASE_UNAVAILABLE mark, which tells them from an unplanned failure.
          const appCode =
            (response?.status === 503 || response?.status === 500) && html.includes('DATABASE_UNAVAILABLE')
              ? 'DATABASE_UNAVAILABLE'
              : null;
          record('page', sentAt, response?.status ?? 0, appCode, response?.headers.get('location') ?? null);
          break;
        }
        default: {
          const body = nextWebhook();
          const response = await fetch(webhookUrl(stack), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }).catch(() => null);
          await response?.text().catch(() => undefined);
          record('webhook', sentAt, response?.status ?? 0);
          if (response?.status === 200) acknowledged.push((JSON.parse(body) as { id: string }).id);
        }
      }
      await pause();
    }
  });

  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const postmaster = readPostmaster(stack.postgresDataDir);
  const downAt = performance.now() - started;
  process.kill(postmaster.pid, 'SIGINT');
  await waitUntil(async () => !alive(postmaster.pid), 30_000, 100);
  await new Promise((resolve) => setTimeout(resolve, options.downS * 1000));
  const owner = statSync(stack.postgresDataDir);
  const [binary, ...args] = postmaster.commandLine;
  spawn(binary!, args, { detached: true, stdio: 'ignore', uid: owner.uid, gid: owner.gid }).unref();
  const upAt = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  running = false;
  await Promise.all(loops);

  // Sent once PostgreSQL was surely gone, answered before it was started again.
  const during = answers.filter((a) => a.at > downAt + 1_000 && a.end < upAt);
  const after = answers.filter((a) => a.at > upAt);
  const firstOk = (kind: Kind) => after.find((a) => a.kind === kind && a.status === 200)?.at;
  const recovered = (['reserve', 'query', 'page', 'webhook'] as const).map((kind) => {
    const at = firstOk(kind);
    return `${kind} ${at === undefined ? 'never' : seconds(at - upAt)}`;
  });
  const describe = (list: Answer[]) =>
    countsOf(
      list.map(
        (a) => `${a.kind} ${a.status}${a.appCode ? ` ${a.appCode}` : ''}${a.location ? ` → ${a.location}` : ''}`,
      ),
    );
  figures.push(
    `PostgreSQL stopped (SIGINT) ${seconds(downAt)} into the load, started again ${seconds(upAt - downAt)} later; ${answers.length} requests from ${employees.length} clients`,
    `while down: ${describe(during)}`,
    `first 200 after the restart: ${recovered.join(', ')}`,
  );
  checks.push(
    check(
      'while down: 503 for tRPC, webhooks and pages (the "back in a moment" page), never 401 or a sign-in redirect',
      during.length > 0 &&
        during.every(
          (a) => a.status === 503 && !a.location && (a.kind !== 'page' || a.appCode === 'DATABASE_UNAVAILABLE'),
        ),
      describe(during),
    ),
    check(
      'recovers by itself',
      recovered.every((line) => !line.endsWith('never')),
      recovered.join(', '),
    ),
    check(
      // A page already past the proxy when PostgreSQL went (or a request in flight) may answer
      // error.tsx's try-again page with 500: counted above only outside the "while down" window.
      'never a 401 or an unplanned 500 at any time',
      answers.every((a) => a.status !== 401 && (a.status !== 500 || a.appCode === 'DATABASE_UNAVAILABLE')),
      describe(answers.filter((a) => a.status === 401 || (a.status === 500 && a.appCode !== 'DATABASE_UNAVAILABLE'))),
    ),
  );

  const rows = new Set(
    (await stack.db.webhookEvent.findMany({ where: { receivedAt: { gte: since } }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );
  const lost = acknowledged.filter((id) => !rows.has(id));
  checks.push(
    check(
      'no acknowledged webhook lost',
      lost.length === 0,
      `${acknowledged.length} acknowledged, ${lost.length} missing`,
    ),
  );
  const orders = (
    await stack.db.order.findMany({ where: { userId: { in: employees.map((e) => e.id) } }, select: { id: true } })
  ).map((order) => ({ orderId: order.id }));
  const convergence = await converge(stack, jackpot, orders, options.timeoutS);
  figures.push(`${orders.length} orders settled to Jackpot's truth ${seconds(convergence.ms)} after the load`);
  checks.push(...convergence.checks);
  return { suite: `Database restart: PostgreSQL down ${options.downS} s under load`, figures, checks };
}

function readPostmaster(dataDir: string): { pid: number; commandLine: string[] } {
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  // The binary itself (Linux: /proc), with the very flags the stack started it with.
  return { pid, commandLine: [readlinkSync(`/proc/${pid}/exe`), ...commandLine.slice(1)] };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
