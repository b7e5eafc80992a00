import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
}

/**
 * What every procedure receives: the database, the Jackpot client (server-side credentials),
 * and the caller once auth has identified them.
 */
export interface ApiContext {
  db: Db;
  jackpot: JackpotClient;
  user: SessionUser | null;
  headers: Headers;
}
