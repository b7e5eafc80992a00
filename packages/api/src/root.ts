import { adminRouter } from './routers/admin/_router';
import { catalogueRouter } from './routers/catalogue/_router';
import { demoRouter } from './routers/demo/_router';
import { favouritesRouter } from './routers/favourites/_router';
import { ordersRouter } from './routers/orders/_router';
import { meRouter } from './routers/me/_router';
import { notificationsRouter } from './routers/notifications/_router';
import { systemRouter } from './routers/system/_router';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  catalogue: catalogueRouter,
  favourites: favouritesRouter,
  me: meRouter,
  orders: ordersRouter,
  admin: adminRouter,
  notifications: notificationsRouter,
  demo: demoRouter,
});

export type AppRouter = typeof appRouter;
