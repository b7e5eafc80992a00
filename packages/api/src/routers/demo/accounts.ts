import { listDemoAccounts } from '../../services/demo/list-demo-accounts';
import { demoProcedure } from '../../trpc';

export const accounts = demoProcedure.query(({ ctx }) => listDemoAccounts(ctx));
