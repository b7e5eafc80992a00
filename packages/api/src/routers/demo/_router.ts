import { createTRPCRouter } from '../../trpc';
import { accounts } from './accounts';
import { outbox } from './outbox';

export const demoRouter = createTRPCRouter({ accounts, outbox });
