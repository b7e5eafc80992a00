import { checkDatabase } from '@jackpot-portal/api';

import { db } from '~/server/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await checkDatabase({ db });
  const healthy = database.status === 'up';
  return Response.json(
    { status: healthy ? 'ok' : 'degraded', database },
    { status: healthy ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
