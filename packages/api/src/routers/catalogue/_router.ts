import { createTRPCRouter } from '../../trpc';
import { categories } from './categories';
import { featured } from './featured';
import { forMyBalance } from './for-my-balance';
import { list } from './list';
import { popular } from './popular';
import { store } from './store';
import { storeVouchers } from './store-vouchers';

export const catalogueRouter = createTRPCRouter({
  list,
  featured,
  categories,
  store,
  storeVouchers,
  forMyBalance,
  popular,
});
