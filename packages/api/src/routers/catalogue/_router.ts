import { createTRPCRouter } from '../../trpc';
import { categories } from './categories';
import { forMyBalance } from './for-my-balance';
import { list } from './list';
import { store } from './store';
import { storeVouchers } from './store-vouchers';

export const catalogueRouter = createTRPCRouter({ list, categories, store, storeVouchers, forMyBalance });
