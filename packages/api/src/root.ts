import { meRouter } from './routers/me/_router';
import { systemRouter } from './routers/system/_router';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  me: meRouter,
});

export type AppRouter = typeof appRouter;
