import type { Db, Prisma } from '@jackpot-portal/db';

import { AppError } from '../../errors';

// PostgreSQL aborts one of the transactions it finds in a deadlock (40P01) or, above READ
// COMMITTED, one that cannot be serialized (40001); Prisma gives up waiting for a connection
// after maxWait. Each time nothing was written, so the whole transaction can simply run again.
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01']);
const TRANSIENT_MESSAGE =
  /deadlock detected|could not serialize access|write conflict or a deadlock|Unable to start a transaction in the given time/i;

/** True when a failed transaction was aborted by contention (deadlock, serialization, pool wait) and may run again. */
export function isTransientConflict(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; meta?: { code?: unknown }; message?: unknown; cause?: unknown };
    if (candidate.code === 'P2034') return true;
    if (typeof candidate.code === 'string' && TRANSIENT_SQLSTATES.has(candidate.code)) return true;
    if (typeof candidate.meta?.code === 'string' && TRANSIENT_SQLSTATES.has(candidate.meta.code)) return true;
    if (typeof candidate.message === 'string' && TRANSIENT_MESSAGE.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export function tryAgainError(cause: unknown): AppError {
  return new AppError('TRY_AGAIN', 'Too many changes arrived at the same time. Please try again.', { cause });
}

const DEFAULT_ATTEMPTS = 5;

/**
 * db.$transaction, run again after a short random pause when contention aborted it (see
 * isTransientConflict), a bounded number of times; then a plain TRY_AGAIN error, never an
 * internal one. `work` must only touch the database: it may run more than once.
 */
export async function runTransaction<T>(
  db: Db,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  // timeoutMs: how long `work` may run (Prisma's default, 5 s, is for short transactions).
  options: { attempts?: number; timeoutMs?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= attempts) throw tryAgainError(error);
      // Up to 10, 20, 40, 80 ms: the transactions that collided start again apart.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** (attempt - 1)));
    }
  }
}
