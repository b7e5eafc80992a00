import { createTRPCRouter } from '../../trpc';
import { cancel } from './cancel';
import { get } from './get';
import { list } from './list';
import { markUsed } from './mark-used';
import { reserve } from './reserve';

export const ordersRouter = createTRPCRouter({ reserve, list, get, cancel, markUsed });
