import { randomUUID } from 'node:crypto';

import { inParallel, jackpotFor, pickStore, sandboxControl, webhookUrl } from '../fixtures';
import type { BenchStack } from '../stack';
import { type Employee, type Reservation, reserve, signedInEmployee } from './portal';
import { check, type Check, countsOf, seconds, type SuiteResult, statusCounts } from './report';
import { converge } from './webhook-chaos';

/** Faults on the calls a reservation and its voucher make: the JWT exchange, reserve, confirm, voucher reads, the PDF. */
function faultRoutes(rates: { errorRate: number; timeoutRate: number; resetRate: number }) {
  return ['token', 'reserveByValue', 'confirmVoucher', 'getVoucher', 'getVoucherAttachment'].map((match) => ({
    match,
    latencyMs: 100,
    ...rates,
  }));
}

/**
 * Suite 3. Jackpot fails while employees reserve: errors, timeouts (hangs past the portal's
 * timeout) and connection resets on token, reserve, confirm, voucher reads and PDFs. Each
 * employee retries like the store page (the same requestId, after an error). Checks: no answer
 * is a 500, every error carries an app code (a plain message), Jackpot never made two vouchers
 * for one order, and once the faults stop every order and ledger settles to Jackpot's truth.
 */
export async function runJackpotFaults(
  stack: BenchStack,
  options: { orders: number; errorRate: number; timeoutRate: number; resetRate: number; timeoutS: number },
): Promise<SuiteResult> {
  const checks: Check[] = [];
  const figures: string[] = [];
  const jackpot = jackpotFor(stack);
  // Orders untouched for 30 s are read again from Jackpot (reconciliation, every minute); the
  // portal waits 3 s for Jackpot before it calls an answer unknown.
  await stack.restartWeb({ RECONCILE_AFTER_S: '30', JACKPOT_TIMEOUT_MS: '3000' });
  await sandboxControl(stack, 'settings', { webhookUrl: webhookUrl(stack), autoConfirm: false, readyDelayMs: 0 });
  const item = await pickStore(stack.db);
  const rates = { errorRate: options.errorRate, timeoutRate: options.timeoutRate, resetRate: options.resetRate };
  await sandboxControl(stack, 'faults', { hangMs: 10_000, errorStatus: 503, routes: faultRoutes(rates) }, 'PUT');

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
  await sandboxControl(stack, 'faults', {}, 'DELETE');
  figures.push(
    `${options.orders} employees reserving under ${Math.round(options.errorRate * 100)} % errors, ${Math.round(options.timeoutRate * 100)} % timeouts and ${Math.round(options.resetRate * 100)} % connection resets on token, reserve, confirm, voucher reads and PDFs (${seconds(performance.now() - started)}): ${attempts.length} attempts, answers ${statusCounts(attempts.map((a) => a.status))}; app codes ${countsOf(attempts.filter((a) => a.status !== 200).map((a) => a.appCode ?? 'none'))}; PDFs ${statusCounts(pdfStatuses) || 'none READY yet'}`,
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
  await stack.restartWeb({});
  return {
    suite: `Jackpot faults: ${options.orders} employees reserving`,
    figures,
    checks,
  };
}
