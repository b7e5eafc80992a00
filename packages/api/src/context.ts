import type { Db } from '@jackpot-portal/db';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
}

/** What every procedure receives: the database, and the caller once auth has identified them. */
export interface ApiContext {
  db: Db;
  user: SessionUser | null;
  headers: Headers;
}
