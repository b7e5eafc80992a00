import { createTRPCRouter } from '../../trpc';
import { grantBudget } from './grant-budget';

export const adminRouter = createTRPCRouter({ grantBudget });
