import { systemRouter } from './routers/system/_router';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
