import { createDb } from '@jackpot-portal/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';

import type { ApiContext, SessionUser } from '../src/context';
import { appRouter } from '../src/root';
import { contextFor, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

const employee: SessionUser = sessionUser(await createUser(db));

// What Prisma throws when a query meets a database it did not expect (here a missing column): an
// error nobody planned for. (A deadlock is planned for: it answers TRY_AGAIN, see run-transaction.)
const internalFailure = Object.assign(
  new Error(
    'Invalid `prisma.user.findUnique()` invocation:\n\nError occurred during query execution:\nConnectorError(ConnectorError { kind: QueryError(PostgresError { code: "42703", message: "column ledger_entries.wallet_id does not exist", severity: "ERROR" }) })',
  ),
  { code: 'P2022' },
);

/** A context whose database fails the first query protectedProcedure makes. */
function failingContext(): ApiContext {
  const context = contextFor(db, employee);
  const failingDb = new Proxy(db, {
    get: (target, property) =>
      property === 'user'
        ? {
            findUnique: () => {
              throw internalFailure;
            },
          }
        : Reflect.get(target, property),
  });
  return { ...context, db: failingDb };
}

/** One call over HTTP through tRPC's fetch adapter, as the web app's route serves it. */
async function call(path: string, createContext: () => Promise<ApiContext> | ApiContext) {
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: new Request(`http://portal.test/api/trpc/${path}`),
    createContext,
  });
  return { status: response.status, text: await response.text() };
}

describe('an unexpected error', { tags: ['security'] }, () => {
  it('answers a plain message with a correlation id, and logs the detail under that id', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, text } = await call('me.profile', failingContext);
    expect(status).toBe(500);
    for (const internal of ['wallet_id', '42703', 'prisma', 'ledger_entries', 'ConnectorError', 'stack', '.ts:'])
      expect(text, internal).not.toContain(internal);
    const error = JSON.parse(text).error.json;
    expect(error.message).toMatch(/^Something went wrong on our side\. .*reference: [0-9a-f-]{36}\.$/);
    const errorId = error.data.errorId as string;
    expect(error.message).toContain(errorId);
    expect(error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', appCode: null, path: 'me.profile' });

    expect(log).toHaveBeenCalledTimes(1);
    const [line, detail] = log.mock.calls[0]!;
    expect(line).toContain(errorId);
    expect(line).toContain('me.profile');
    expect(detail).toBe(internalFailure);
  });

  it('gives each failure its own id', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const ids = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++)
      ids.add(JSON.parse((await call('me.profile', failingContext)).text).error.json.data.errorId);
    expect(ids.size).toBe(3);
  });

  it('hides a failure of the request context too (the session lookup, before any procedure)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, text } = await call('system.health', () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (postgresql://portal:hunter2@db/portal)');
    });
    expect(status).toBe(500);
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).error.json.data.errorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves the errors the portal reports on purpose as they are, without a stack trace', async () => {
    const { status, text } = await call('me.profile', () => contextFor(db, null));
    expect(status).toBe(401);
    const error = JSON.parse(text).error.json;
    expect(error.message).toBe('Please sign in.');
    expect(error.data.errorId).toBeNull();
    expect(error.data.stack).toBeUndefined();
  });
});
