import { createTRPCRouter } from '../../trpc';
import { balance } from './balance';
import { budgetHistory } from './budget-history';
import { profile } from './profile';
import { setLocale } from './set-locale';

export const meRouter = createTRPCRouter({ profile, balance, budgetHistory, setLocale });
