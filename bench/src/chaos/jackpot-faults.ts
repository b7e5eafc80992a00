import { randomUUID } from 'node:crypto';

import { inParallel, jackpotFor, pickStore, sandboxControl, webhookUrl } from '../fixtures';
import type { BenchStack } from '../stack';
import { startBlackHoleServer, startSmtpServer } from '../../../packages/api/test/support/smtp-server';
import {
  type Employee,
  requestSignInLink,
  type Reservation,
  reserve,
  type SignInAnswer,
  signedInEmployee,
} from './portal';
import { check, type Check, countsOf, seconds, type SuiteResult, statusCounts } from './report';
import { converge } from './webhook-chaos';

interface FaultRates {
  errorRate: number;
  timeoutRate: number;
  resetRate: number;
  /** Both half-open connections (never answered, never closed) and answers stalled mid-body, each at this rate. */
  halfOpenRate: number;
  /** Reservations Jackpot makes LATE_MS after they arrive, past the portal's timeout. */
  lateRate: number;
}

// The portal's Jackpot timeout in this suite, and how late a late reservation is made: after it.
const JACKPOT_TIMEOUT_MS = 3_000;
const LATE_MS = JACKPOT_TIMEOUT_MS + 2_000;

/** Faults on the calls a reservation and its voucher make: the JWT exchange, reserve, confirm, voucher reads, the PDF. */
function faultRoutes({ halfOpenRate, lateRate, ...rates }: FaultRates) {
  return ['token', 'reserveByValue', 'confirmVoucher', 'getVoucher', 'getVoucherAttachment'].map((match) => ({
    match,
    latencyMs: 100,
    ...rates,
    halfOpenRate,
    stallBodyRate: halfOpenRate,
    ...(match === 'reserveByValue' ? { lateRate } : {}),
  }));
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/**
 * Suite 3. Jackpot fails while employees reserve: errors, timeouts (hangs past the portal's
 * timeout) and connection resets on token, reserve, confirm, voucher reads and PDFs. Each
 * employee retries like the store page (the same requestId, after an error). Checks: no answer
 * is a 500, every error carries an app code (a plain message), Jackpot never made two vouchers
 * for one order, and once the faults stop every order and ledger settles to Jackpot's truth.
 */
export async function runJackpotFaults(
  stack: BenchStack,
  options: FaultRates & { orders: number; timeoutS: number; smtpDown: boolean },
): Promise<SuiteResult> {
  const checks: Check[] = [];
  const figures: string[] = [];
  const jackpot = jackpotFor(stack);
  // --smtp-down: the web server's SMTP server is a black hole (accepts TCP, never speaks) while
  // employees reserve, then a closed port, and answers again when Jackpot's faults stop.
  const smtp = options.smtpDown ? await startBlackHoleServer() : null;
  // Orders untouched for 30 s are read again from Jackpot (reconciliation, every minute); the
  // portal waits 3 s for Jackpot before it calls an answer unknown.
  await stack.restartWeb({
    RECONCILE_AFTER_S: '30',
    JACKPOT_TIMEOUT_MS: String(JACKPOT_TIMEOUT_MS),
    ...(smtp ? { SMTP_URL: smtp.url } : {}),
  });
  await sandboxControl(stack, 'settings', { webhookUrl: webhookUrl(stack), autoConfirm: false, readyDelayMs: 0 });
  const item = await pickStore(stack.db);
  const rates = {
    errorRate: options.errorRate,
    timeoutRate: options.timeoutRate,
    resetRate: options.resetRate,
    halfOpenRate: options.halfOpenRate,
    lateRate: options.lateRate,
  };
  await sandboxControl(
    stack,
    'faults',
    { hangMs: 10_000, lateMs: LATE_MS, errorStatus: 503, routes: faultRoutes(rates) },
    'PUT',
  );
  const signIns: SignInAnswer[] = [];
  if (smtp) signIns.push(await requestSignInLink(stack, 'smtp-black-hole@acme.example'));

  const started = performance.now();
  const attempts: Reservation[] = [];
  const employees: Employee[] = [];
  await inParallel(
    Array.from({ length: options.orders }, () => 0),
    8,
    async () => {
      const employee = await signedInEmployee(stack.db, 2 * item.priceCents);
      employees.push(employee);
      const requestId = randomUUID();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const answer = await reserve(stack, employee, item, requestId).catch((): Reservation => ({
          orderId: null,
          status: 0,
          appCode: null,
          orderStatus: null,
        }));
        attempts.push(answer);
        if (answer.status === 200 || (answer.status >= 400 && answer.status < 500)) return;
      }
    },
  );
  // PDFs of the vouchers that are READY by now, under the same faults.
  const ready = await stack.db.order.findMany({
    where: { userId: { in: employees.map((e) => e.id) }, status: 'READY' },
    select: { id: true, userId: true },
  });
  const pdfStatuses = await inParallel(ready, 4, async (order) => {
    const cookie = employees.find((e) => e.id === order.userId)!.cookie;
    const response = await fetch(`${stack.web.url}/api/vouchers/${order.id}/pdf`, { headers: { cookie } });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  });
  let inbox: Awaited<ReturnType<typeof startSmtpServer>> | null = null;
  if (smtp) {
    await smtp.close();
    signIns.push(await requestSignInLink(stack, 'smtp-closed-port@acme.example'));
  }
  await sandboxControl(stack, 'faults', {}, 'DELETE');
  const [{ smtpBack } = { smtpBack: new Date() }] = await stack.db.$queryRaw<Array<{ smtpBack: Date }>>`
    SELECT now() AS "smtpBack"`;
  if (smtp) inbox = await startSmtpServer(smtp.port);
  figures.push(
    `${options.orders} employees reserving under ${percent(options.errorRate)} errors, ${percent(options.timeoutRate)} timeouts, ${percent(options.resetRate)} connection resets, ${percent(options.halfOpenRate)} half-open connections and ${percent(options.halfOpenRate)} answers stalled mid-body on token, reserve, confirm, voucher reads and PDFs, ${percent(options.lateRate)} reservations made ${seconds(LATE_MS)} late${smtp ? ', the SMTP server unreachable' : ''} (${seconds(performance.now() - started)}): ${attempts.length} attempts, answers ${statusCounts(attempts.map((a) => a.status))}; app codes ${countsOf(attempts.filter((a) => a.status !== 200).map((a) => a.appCode ?? 'none'))}; PDFs ${statusCounts(pdfStatuses) || 'none READY yet'}`,
  );
  checks.push(
    check(
      'no 500, every error a plain message',
      attempts.every((a) => a.status !== 500 && a.status !== 0 && (a.status === 200 || a.appCode !== null)) &&
        pdfStatuses.every((status) => status !== 500),
      `reservations ${statusCounts(attempts.map((a) => a.status))}; PDFs ${statusCounts(pdfStatuses) || 'none'}`,
    ),
  );

  const orders = (
    await stack.db.order.findMany({ where: { userId: { in: employees.map((e) => e.id) } }, select: { id: true } })
  ).map((order) => ({ orderId: order.id }));
  checks.push(
    check(
      'one order per employee (a retry with the same requestId never makes a second)',
      orders.length <= employees.length,
      `${orders.length} orders for ${employees.length} employees`,
    ),
  );
  const convergence = await converge(stack, jackpot, orders, options.timeoutS);
  figures.push(
    `settled to Jackpot's truth ${seconds(convergence.ms)} after the faults stopped${convergence.done ? '' : ' (TIMED OUT)'}`,
  );
  checks.push(...convergence.checks);
  // Reservations whose answer the portal gave up on (a timeout, a reset, a half-open connection,
  // a body stalled after Jackpot had reserved): settled by asking their session, never by a retry.
  const orderIds = orders.map((order) => order.orderId);
  const unknown = await stack.db.order.count({ where: { id: { in: orderIds }, outcomeUnknownSince: { not: null } } });
  const adopted = await stack.db.order.count({
    where: { id: { in: orderIds }, outcomeUnknownSince: { not: null }, jackpotVoucherId: { not: null } },
  });
  const released = await stack.db.orderEvent.count({
    where: { orderId: { in: orderIds }, status: 'FAILED', source: 'RECONCILIATION' },
  });
  figures.push(
    `reservations whose answer the portal gave up on: ${unknown + released}; Jackpot had made ${adopted} (adopted, one voucher each), ${released} released after their session said no voucher, ${unknown - adopted} still waiting`,
  );
  if (smtp && inbox)
    checks.push(
      ...(await smtpChecks(stack, {
        employees,
        signIns,
        inbox,
        smtpBack,
        figures,
        timeoutS: options.timeoutS,
      })),
    );
  await stack.restartWeb({});
  await inbox?.close();
  return {
    suite: `Jackpot faults: ${options.orders} employees reserving`,
    figures,
    checks,
  };
}

/**
 * With the SMTP server unreachable: the sign-in form said so at once to everyone (a plain
 * message, never "check your inbox" for a link that cannot leave), and once it is back each READY
 * order's voucher-ready email, retried by pg-boss meanwhile, arrived once.
 */
async function smtpChecks(
  stack: BenchStack,
  run: {
    employees: Employee[];
    signIns: SignInAnswer[];
    inbox: Awaited<ReturnType<typeof startSmtpServer>>;
    /** When the SMTP server answered again, on the database's clock (pg-boss's times are). */
    smtpBack: Date;
    figures: string[];
    timeoutS: number;
  },
): Promise<Check[]> {
  const [blackHole, closedPort] = run.signIns;
  const plain = (answer: SignInAnswer | undefined) =>
    answer?.status === 303 && answer.location?.includes('error=EmailUnavailable') === true;
  const describe = (answer: SignInAnswer | undefined) =>
    answer ? `${answer.status} → ${answer.location ?? 'nowhere'} in ${seconds(answer.ms)}` : 'not asked';
  const ready = await stack.db.order.findMany({
    where: { status: 'READY', userId: { in: run.employees.map((employee) => employee.id) } },
    select: { user: { select: { email: true } } },
  });
  const received = (email: string) => run.inbox.received.filter((each) => each.to.includes(`<${email}>`)).length;
  const deadline = Date.now() + run.timeoutS * 1000;
  while (ready.some((order) => received(order.user.email) === 0) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  // Long enough for a second copy to show, if one were coming.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const retries = await stack.db.$queryRaw<
    Array<{ jobs: bigint; retried: bigint; attempts: bigint; lastMs: number | null }>
  >`
    SELECT count(*) AS jobs, count(*) FILTER (WHERE retry_count > 0) AS retried, sum(retry_count + 1) AS attempts,
           extract(epoch FROM max(completed_on) - ${run.smtpBack}::timestamptz)::float8 * 1000 AS "lastMs"
      FROM pgboss.job WHERE name = 'email.voucher-ready' AND state = 'completed'`;
  const { jobs = 0n, retried = 0n, attempts = 0n, lastMs = null } = retries[0] ?? {};
  run.figures.push(
    `SMTP: sign-in while a black hole ${describe(blackHole)}, while a closed port ${describe(closedPort)}; voucher-ready emails: ${jobs} sent by ${attempts} attempts (${retried} jobs retried while SMTP was down); the last sent ${lastMs === null ? '(none)' : seconds(lastMs)} after the SMTP server came back`,
  );
  const missing = ready.filter((order) => received(order.user.email) === 0).length;
  const twice = ready.filter((order) => received(order.user.email) > 1).length;
  return [
    check(
      'sign-in with the SMTP server unreachable: a plain "cannot send emails now", within the SMTP timeouts',
      plain(blackHole) && plain(closedPort),
      `black hole ${describe(blackHole)}; closed port ${describe(closedPort)}`,
    ),
    check(
      'voucher-ready emails retried and delivered once the SMTP server is back, once each',
      missing === 0 && twice === 0,
      `${ready.length} READY orders: ${missing} not emailed, ${twice} emailed twice`,
    ),
  ];
}
