import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';

import type { SessionUser } from '../src/context';
import { AppError } from '../src/errors';
import { appRouter } from '../src/root';
import {
  adminProcedure,
  createCallerFactory,
  createTRPCRouter,
  protectedProcedure,
  publicProcedure,
} from '../src/trpc';
import { contextFor, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

// Real rows: protectedProcedure re-reads the user on every call.
const employee: SessionUser = sessionUser(await createUser(db));
const admin: SessionUser = sessionUser(await createUser(db, { role: 'ADMIN' }));
const context = (user: SessionUser | null) => contextFor(db, user);

// A router built from the real procedure tiers, so each tier's rule is tested on its own.
const tiers = createTRPCRouter({
  open: publicProcedure.query(() => 'open'),
  mine: protectedProcedure.query(({ ctx }) => ctx.user.email),
  admin: adminProcedure.query(() => 'admin'),
  refuse: publicProcedure.input(z.object({ cents: z.number().int() })).mutation(() => {
    throw new AppError('INSUFFICIENT_BUDGET', 'Your balance is too low for this voucher.');
  }),
});
const callTiers = createCallerFactory(tiers);

describe('procedure tiers', { tags: ['security'] }, () => {
  it('lets anyone call a public procedure', async () => {
    await expect(callTiers(context(null)).open()).resolves.toBe('open');
  });

  it('refuses a protected procedure to an anonymous caller', async () => {
    await expect(callTiers(context(null)).mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(callTiers(context(employee)).mine()).resolves.toBe(employee.email);
  });

  it('refuses an admin procedure to an employee', async () => {
    await expect(callTiers(context(employee)).admin()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callTiers(context(admin)).admin()).resolves.toBe('admin');
  });

  it('maps a domain AppError to its tRPC code with the plain message', async () => {
    await expect(callTiers(context(null)).refuse({ cents: 1 })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'Your balance is too low for this voucher.',
    });
  });

  it('rejects malformed input before any logic runs', async () => {
    await expect(callTiers(context(null)).refuse({ cents: 1.5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('system.health', () => {
  it('reports the real database as up', async () => {
    const result = await createCallerFactory(appRouter)(context(null)).system.health();
    expect(result.database).toBe('up');
    expect(result.checkedAt).toBeInstanceOf(Date);
  });

  it('reports a database that cannot be reached as down, without throwing', async () => {
    const unreachable = createDb('postgresql://nobody:wrong@127.0.0.1:1/none');
    const result = await createCallerFactory(appRouter)(contextFor(unreachable, null)).system.health();
    expect(result.database).toBe('down');
    await unreachable.$disconnect();
  });
});

describe('a database that cannot be reached', () => {
  // Nothing listens there: every query fails as it does while PostgreSQL restarts.
  const unreachable = createDb('postgresql://postgres:postgres@127.0.0.1:9/jackpot');
  afterAll(() => unreachable.$disconnect());

  it('answers 503 DATABASE_UNAVAILABLE with a plain "try again", never a 500 or "please sign in"', async () => {
    const caller = appRouter.createCaller({ ...contextFor(unreachable, employee), userReadForThisRequest: true });
    const failure = await caller.me.balance().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect((failure as { cause?: unknown }).cause).toBeInstanceOf(AppError);
    expect((failure as { cause: AppError }).cause.code).toBe('DATABASE_UNAVAILABLE');
    expect((failure as Error).message).toMatch(/try again/i);
  });
});
