import { createTRPCRouter } from '../../trpc';
import { ids } from './ids';
import { list } from './list';
import { set } from './set';

export const favouritesRouter = createTRPCRouter({ ids, list, set });
