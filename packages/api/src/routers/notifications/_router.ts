import { createTRPCRouter } from '../../trpc';
import { list } from './list';
import { markRead } from './mark-read';

export const notificationsRouter = createTRPCRouter({ list, markRead });
