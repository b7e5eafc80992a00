import type { Db } from '@jackpot-portal/db';

export interface DatabaseStatus {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

/** One round trip to PostgreSQL, bounded (2 s unless `timeoutMs` says otherwise) so a hung database cannot hang the caller. */
export async function checkDatabase({
  db,
  timeoutMs = 2_000,
}: {
  db: Db;
  timeoutMs?: number;
}): Promise<DatabaseStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
