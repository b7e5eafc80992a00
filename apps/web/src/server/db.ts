import 'server-only';

import { getDb } from '@jackpot-portal/db';

import { env } from '~/env';

export const db = getDb(env.DATABASE_URL);
