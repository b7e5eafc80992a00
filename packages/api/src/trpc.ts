import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

import type { ApiContext } from './context';
import { AppError, reportUnexpectedError, toTRPCError, unexpectedErrorMessage } from './errors';
import { databaseUnavailableError, isDatabaseUnavailable } from './services/system/database-unavailable';
import type { AuditActor } from './services/audit/record-audit';
import { isTransientConflict, tryAgainError } from './services/system/run-transaction';

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  // What a failed call tells the client. A failure nobody planned for (a database error, a bug)
  // keeps its detail in the server log under a correlation id; the client gets a plain message
  // and the id, never the raw text (Prisma's and PostgreSQL's messages name tables and queries).
  // No stack trace leaves the server either.
  errorFormatter({ shape, error, path }) {
    const { stack: _stack, ...data } = shape.data;
    const cause = error.cause;
    if (error.code === 'INTERNAL_SERVER_ERROR' && !(cause instanceof AppError)) {
      const errorId = reportUnexpectedError(cause ?? error, `tRPC ${path ?? '?'}`);
      return {
        ...shape,
        message: unexpectedErrorMessage(errorId),
        data: { ...data, appCode: null, appParams: null, fieldErrors: null, errorId },
      };
    }
    return {
      ...shape,
      data: {
        ...data,
        appCode: cause instanceof AppError ? cause.code : null,
        appParams: cause instanceof AppError ? cause.params : null,
        fieldErrors: cause instanceof ZodError ? cause.flatten().fieldErrors : null,
        errorId: null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// Domain functions throw AppError; this is the one place it becomes a tRPC error. Contention
// that escaped runTransaction (a single statement caught in a deadlock) is a plain "try again";
// a database that cannot be reached is a plain 503 "try again in a moment", never a 500.
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) return { ...result, error: toTRPCError(cause) };
  if (isTransientConflict(cause)) return { ...result, error: toTRPCError(tryAgainError(cause)) };
  if (isDatabaseUnavailable(cause)) return { ...result, error: toTRPCError(databaseUnavailableError(cause)) };
  return result;
});

export const publicProcedure = t.procedure.use(appErrors);

export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  // Checked on every request: an account disabled (or deleted) since sign-in stops working at
  // once. The web app has just read the user with the session; anyone else's copy is read again.
  if (!ctx.userReadForThisRequest) {
    const current = await ctx.db.user.findUnique({ where: { id: ctx.user.id }, select: { disabled: true } });
    if (!current || current.disabled) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

// An admin's calls also carry `actor`: who they are and where the request came from, for the
// audit row every admin mutation writes (services/audit/record-audit.ts).
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'ADMIN')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This action is for administrators.' });
  const actor: AuditActor = {
    id: ctx.user.id,
    ip: ctx.clientIp ?? null,
    userAgent: ctx.headers.get('user-agent')?.slice(0, 500) ?? null,
  };
  return next({ ctx: { ...ctx, actor } });
});

// Demo mode's accounts and outbox hold working sign-in links: only for the browser that opened the
// demo access link. Anybody else finds nothing there.
export const demoProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.demoAccess !== true) throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found.' });
  return next();
});
