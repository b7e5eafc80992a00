import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

import type { AppRouter } from './root';

export { appRouter, type AppRouter } from './root';
export { createCallerFactory } from './trpc';
export type { ApiContext, SessionUser } from './context';
export { AppError, appErrorCodes, type AppErrorCode } from './errors';
export { checkDatabase, type DatabaseStatus } from './services/system/check-database';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
