import { randomUUID } from 'node:crypto';

import { availableBalanceCents } from '@jackpot-portal/db';

import { createEmployee, pickStore, sessionCookie } from '../fixtures';
import { type Figure, ms } from '../report';
import type { BenchStack } from '../stack';

/**
 * 100 simultaneous orders.reserve over HTTP by one employee whose balance buys exactly three
 * vouchers (and half of a fourth): how long until all are answered, and how.
 */
export async function measureReserveRace(stack: BenchStack, options: { requests: number }): Promise<Figure> {
  const { store, offer, valueCents, priceCents } = await pickStore(stack.db);
  const budget = 3 * priceCents + Math.floor(priceCents / 2);
  const user = await createEmployee(stack.db, budget);
  const cookie = await sessionCookie(stack.db, user.id);
  const reserve = async () => {
    const response = await fetch(`${stack.web.url}/api/trpc/orders.reserve`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        json: { requestId: randomUUID(), storeId: store.id, offerId: offer.id, by: 'VALUE', amountCents: valueCents },
      }),
    });
    const body = (await response.json().catch(() => null)) as { error?: { json?: { data?: { appCode?: string } } } };
    return { status: response.status, appCode: body?.error?.json?.data?.appCode ?? null };
  };
  const bareStarted = performance.now();
  await Promise.all(
    Array.from({ length: options.requests }, () =>
      fetch(`${stack.baseline.url}/api/echo`, { method: 'POST', body: '{}' }).then((response) => response.text()),
    ),
  );
  const bareMs = performance.now() - bareStarted;

  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: options.requests }, reserve));
  const elapsedMs = performance.now() - started;

  const count = (test: (answer: (typeof answers)[number]) => boolean) => answers.filter(test).length;
  const succeeded = count((answer) => answer.status === 200);
  const refused = count((answer) => answer.appCode === 'INSUFFICIENT_BUDGET');
  const serverErrors = count((answer) => answer.status >= 500);
  const others = answers.length - succeeded - refused - serverErrors;
  const holds = await stack.db.ledgerEntry.count({ where: { userId: user.id, kind: 'HOLD' } });
  const balance = await availableBalanceCents(stack.db, user.id);
  const ledgerExact = holds === succeeded && balance === budget - succeeded * priceCents && balance >= 0;
  return {
    measure: `${options.requests} simultaneous orders.reserve by one employee whose balance buys 3`,
    baseline: `${options.requests} simultaneous POSTs answered in ${ms(bareMs)}`,
    product:
      `${ms(elapsedMs)}: ${succeeded} succeeded, ${refused} INSUFFICIENT_BUDGET, ${serverErrors} × 5xx` +
      `${others ? `, ${others} other` : ''}; ledger ${ledgerExact ? 'exact' : 'WRONG'} (${holds} holds, balance ${balance} cents)`,
    ratio: '',
    goal: '3 succeed, the rest INSUFFICIENT_BUDGET, 0 × 5xx',
    met: succeeded === 3 && refused === options.requests - 3 && serverErrors === 0 && ledgerExact,
  };
}
