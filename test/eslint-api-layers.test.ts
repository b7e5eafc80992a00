import path from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering rules of tooling/eslint/index.js (the tables of docs/ARCHITECTURE.md), run through
// ESLint's Node API on snippets placed where they would live.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

// The first lint loads the whole configuration and its plugins: seconds on a busy machine, so it
// happens here, with room, and not inside the first test's 5 s.
beforeAll(() => eslint.calculateConfigForFile('apps/web/src/app/page.tsx'), 60_000);

async function restrictedImports(from: string, filePath: string): Promise<string[]> {
  const code = `import * as imported from '${from}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const api = 'packages/api/src';

describe('lint: the layers inside packages/api', () => {
  it.each([
    [
      'a service imports a router',
      `${api}/services/orders/reserve-voucher.ts`,
      '../../routers/orders/reserve',
      'Services',
    ],
    ['a service imports the tRPC setup', `${api}/services/orders/cancel-order.ts`, '../../trpc', 'Services'],
    ['a service imports the context', `${api}/services/catalogue/list-store-vouchers.ts`, '../../context', 'Services'],
    [
      'a service imports a worker',
      `${api}/services/orders/follow-up-order.ts`,
      '../../workers/start-job-workers',
      'Services',
    ],
    ['the queue imports a service', `${api}/queue/work-queue.ts`, '../services/orders/follow-up-order', 'queue'],
    ['the context imports a service', `${api}/context.ts`, './services/system/job-stats', 'context'],
    ['a router imports the queue', `${api}/routers/orders/reserve.ts`, '../../queue/enqueue-job', 'router'],
    ['a router reads the database', `${api}/routers/orders/list.ts`, '@jackpot-portal/db', 'service'],
    ['a worker imports a router', `${api}/workers/start-job-workers.ts`, '../routers/orders/_router', 'Workers'],
  ])('refuses it when %s', async (_, filePath, from, says) => {
    expect(await restrictedImports(from, filePath)).toEqual([expect.stringContaining(says)]);
  });

  it.each([
    ['a router imports a service', `${api}/routers/orders/reserve.ts`, '../../services/orders/reserve-voucher'],
    ['a service imports another domain', `${api}/services/orders/reserve-voucher.ts`, '../ledger/hold-budget'],
    ['a service imports the queue', `${api}/services/orders/follow-up-order.ts`, '../../queue/enqueue-job'],
    ['a service reads the database', `${api}/services/orders/list-orders.ts`, '@jackpot-portal/db'],
    ['a worker imports a service', `${api}/workers/start-job-workers.ts`, '../services/orders/reconcile-orders'],
    ['the context imports the queue', `${api}/context.ts`, './queue/enqueue-job'],
    ['a test imports anything', 'packages/api/test/orders.test.ts', '../src/routers/orders/reserve'],
  ])('allows it when %s', async (_, filePath, from) => {
    expect(await restrictedImports(from, filePath)).toEqual([]);
  });
});

describe('lint: what each package must not import', () => {
  it.each([
    ['jackpot-core', 'packages/jackpot-core/src/client.ts', '@jackpot-portal/db'],
    ['jackpot-core', 'packages/jackpot-core/src/client.ts', 'hono'],
    ['jackpot-core', 'packages/jackpot-core/src/client.ts', 'next/server'],
    ['the sandbox', 'apps/jackpot-sandbox/src/app.ts', '@prisma/client'],
    ['the sandbox', 'apps/jackpot-sandbox/src/app.ts', '@jackpot-portal/api'],
    ['the conformance suite', 'packages/jackpot-conformance/src/index.ts', '@jackpot-portal/db'],
    ['the database package', 'packages/db/src/client.ts', '@jackpot-portal/api'],
    ['the database package', 'packages/db/src/client.ts', 'next'],
    ['the api package', `${api}/services/orders/reserve-voucher.ts`, 'react'],
    ['the api package', `${api}/routers/orders/reserve.ts`, '~/server/db'],
  ])('refuses in %s: %s', async (_, filePath, from) => {
    expect(await restrictedImports(from, filePath)).toHaveLength(1);
  });

  it('lets the sandbox serve with Hono and the api package use the database', async () => {
    expect(await restrictedImports('hono', 'apps/jackpot-sandbox/src/app.ts')).toEqual([]);
    expect(await restrictedImports('@jackpot-portal/db', `${api}/services/orders/reserve-voucher.ts`)).toEqual([]);
  });
});
