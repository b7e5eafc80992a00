import 'server-only';

import { getDb } from '@jackpot-portal/db';

import { env } from '~/env';

// One pool for the requests and the job workers of this instance.
export const db = getDb(env.DATABASE_URL, { maxConnections: env.DATABASE_POOL_SIZE });
