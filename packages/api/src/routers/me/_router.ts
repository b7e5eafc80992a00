import { createTRPCRouter } from '../../trpc';
import { balance } from './balance';
import { profile } from './profile';

export const meRouter = createTRPCRouter({ profile, balance });
