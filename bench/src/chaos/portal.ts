import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';

import { createEmployee, sessionCookie } from '../fixtures';
import type { BenchStack } from '../stack';

export interface TrpcAnswer<T = unknown> {
  status: number;
  data: T | null;
  appCode: string | null;
  message: string | null;
}

/** One tRPC mutation over HTTP to the production server, as the browser sends it (superjson). */
export async function trpcMutation<T>(
  stack: BenchStack,
  cookie: string,
  procedure: string,
  input: unknown,
): Promise<TrpcAnswer<T>> {
  const response = await fetch(`${stack.web.url}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json().catch(() => null)) as {
    result?: { data?: { json?: T } };
    error?: { json?: { message?: string; data?: { appCode?: string } } };
  } | null;
  return {
    status: response.status,
    data: body?.result?.data?.json ?? null,
    appCode: body?.error?.json?.data?.appCode ?? null,
    message: body?.error?.json?.message ?? null,
  };
}

export interface Employee {
  id: string;
  cookie: string;
}

/** An employee with a budget and a signed-in session; `flagged` ones need an admin's approval. */
export async function signedInEmployee(db: Db, budgetCents: number, flagged = false): Promise<Employee> {
  const user = await createEmployee(db, budgetCents);
  if (flagged) await db.user.update({ where: { id: user.id }, data: { flagged: true } });
  return { id: user.id, cookie: await sessionCookie(db, user.id) };
}

export async function signedInAdmin(db: Db): Promise<Employee> {
  const user = await db.user.create({
    data: { email: `chaos-admin-${randomUUID()}@acme.example`, name: 'Chaos Admin', role: 'ADMIN', locale: 'en' },
  });
  return { id: user.id, cookie: await sessionCookie(db, user.id) };
}

export interface Reservation {
  orderId: string | null;
  status: number;
  appCode: string | null;
  orderStatus: string | null;
}

/** orders.reserve over HTTP, as the store page sends it. */
export async function reserve(
  stack: BenchStack,
  employee: Employee,
  item: { store: { id: string }; offer: { id: string }; valueCents: number },
  requestId: string = randomUUID(),
): Promise<Reservation> {
  const answer = await trpcMutation<{ orderId: string; status: string }>(stack, employee.cookie, 'orders.reserve', {
    requestId,
    storeId: item.store.id,
    offerId: item.offer.id,
    by: 'VALUE',
    amountCents: item.valueCents,
  });
  return {
    orderId: answer.data?.orderId ?? null,
    status: answer.status,
    appCode: answer.appCode,
    orderStatus: answer.data?.status ?? null,
  };
}

/** Waits until `done` holds, polling; false when `timeoutMs` passed first. */
export async function waitUntil(done: () => Promise<boolean>, timeoutMs: number, everyMs = 500): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface SignInAnswer {
  status: number;
  location: string | null;
  ms: number;
}

/**
 * "Email me a sign-in link" as a browser without JavaScript sends it: the form of /signin
 * (its server action's id from the page) POSTed as multipart; the answer is a redirect.
 */
export async function requestSignInLink(stack: BenchStack, email: string): Promise<SignInAnswer> {
  const page = await (await fetch(`${stack.web.url}/signin`)).text();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page)?.[1];
  if (!actionField) throw new Error('no sign-in form (server action) on /signin');
  const form = new FormData();
  form.set(actionField, '');
  form.set('callbackUrl', '/catalogue');
  form.set('email', email);
  const started = performance.now();
  const response = await fetch(`${stack.web.url}/signin`, { method: 'POST', body: form, redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location'), ms: performance.now() - started };
}
