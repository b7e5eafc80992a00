import 'server-only';

import type { ApiContext } from '@jackpot-portal/api';

import { currentUser } from './auth';
import { getBoss } from './boss';
import { db } from './db';
import { hasDemoAccess } from './demo-access';
import { jackpot } from './jackpot';

export async function createContext(headers: Headers): Promise<ApiContext> {
  const user = await currentUser();
  return {
    db,
    jackpot,
    boss: getBoss(),
    user: user && { id: user.id, email: user.email, name: user.name, role: user.role },
    headers,
    demoAccess: await hasDemoAccess(),
  };
}
