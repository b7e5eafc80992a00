import { createTRPCRouter } from '../../trpc';
import { balance } from './balance';
import { addChild } from './add-child';
import { budgetHistory } from './budget-history';
import { children } from './children';
import { profile } from './profile';
import { removeChild } from './remove-child';
import { setLocale } from './set-locale';
import { wallets } from './wallets';

export const meRouter = createTRPCRouter({
  profile,
  balance,
  budgetHistory,
  setLocale,
  wallets,
  children,
  addChild,
  removeChild,
});
