import 'server-only';

import type { ApiContext } from '@jackpot-portal/api';

import { db } from './db';

export async function createContext(headers: Headers): Promise<ApiContext> {
  return { db, user: null, headers };
}
