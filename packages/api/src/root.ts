import { adminRouter } from './routers/admin/_router';
import { ordersRouter } from './routers/orders/_router';
import { meRouter } from './routers/me/_router';
import { systemRouter } from './routers/system/_router';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  me: meRouter,
  orders: ordersRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
