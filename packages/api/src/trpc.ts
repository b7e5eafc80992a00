import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

import type { ApiContext } from './context';
import { AppError, toTRPCError } from './errors';
import { isTransientConflict, tryAgainError } from './services/system/run-transaction';

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        appCode: cause instanceof AppError ? cause.code : null,
        fieldErrors: cause instanceof ZodError ? cause.flatten().fieldErrors : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// Domain functions throw AppError; this is the one place it becomes a tRPC error. Contention
// that escaped runTransaction (a single statement caught in a deadlock) is a plain "try again".
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) return { ...result, error: toTRPCError(cause) };
  if (isTransientConflict(cause)) return { ...result, error: toTRPCError(tryAgainError(cause)) };
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

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'ADMIN')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This action is for administrators.' });
  return next({ ctx });
});
