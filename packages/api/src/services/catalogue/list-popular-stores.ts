import { type Db, findStoreCards } from '@jackpot-portal/db';
import { z } from 'zod';

import { SPENT_STATUSES } from '../orders/order-status';

export const listPopularStoresInput = z.object({ limit: z.number().int().min(1).max(12).default(6) });

/** "Lately": vouchers bought in the last 90 days. */
export const POPULAR_WINDOW_DAYS = 90;

/**
 * A store is shown only once this many different colleagues bought there in the window. With one
 * or two, a colleague who knows who shops where could tell what a given person bought with their
 * budget; from three on, a count says what the team likes without pointing at anyone.
 */
export const POPULAR_MIN_BUYERS = 3;

/**
 * "Popular at your company": the available stores where the most colleagues bought a voucher
 * lately (paid vouchers only: not refused, canceled or refunded), each with how many colleagues
 * did — counts only, never who. The signed-in employee's own vouchers are not counted: these are
 * the colleagues'. The schema has no company: a deployment is one company's portal, so everyone
 * on it is a colleague. Counted in the database, on the orders (status, createdAt) index. The
 * window and the threshold come with the answer, so the page says them as they are.
 */
export async function listPopularStores(
  deps: { db: Db },
  input: z.infer<typeof listPopularStoresInput> & { userId: string },
) {
  const since = new Date(Date.now() - POPULAR_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const rows = await deps.db.$queryRaw<Array<{ storeId: string; colleagues: bigint }>>`
    SELECT o."storeId"::text AS "storeId", count(DISTINCT o."userId") AS colleagues
      FROM orders o
      JOIN stores s ON s.id = o."storeId" AND s.enabled
     WHERE o.status::text = ANY(${SPENT_STATUSES as string[]}::text[])
       AND o."createdAt" >= ${since}
       AND o."userId" <> ${input.userId}::uuid
     GROUP BY o."storeId", s.name
    HAVING count(DISTINCT o."userId") >= ${POPULAR_MIN_BUYERS}
     ORDER BY colleagues DESC, count(*) DESC, lower(s.name), o."storeId"
     LIMIT ${input.limit}`;
  const cards = new Map(
    (
      await findStoreCards(
        deps.db,
        rows.map((row) => row.storeId),
      )
    ).map((s) => [s.id, s]),
  );
  const stores = rows.flatMap((row) => {
    const store = cards.get(row.storeId);
    return store ? [{ ...store, colleagues: Number(row.colleagues) }] : [];
  });
  return { stores, windowDays: POPULAR_WINDOW_DAYS, minColleagues: POPULAR_MIN_BUYERS };
}
