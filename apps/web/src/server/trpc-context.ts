import 'server-only';

import type { ApiContext } from '@jackpot-portal/api';

import { db } from './db';
import { jackpot } from './jackpot';

export async function createContext(headers: Headers): Promise<ApiContext> {
  return { db, jackpot, user: null, headers };
}
