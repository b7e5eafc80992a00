import { receiveWebhook } from '@jackpot-portal/api/jobs';

import { env } from '~/env';
import { getBoss, getWebhookBacklog } from '~/server/boss';
import { db } from '~/server/db';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// Jackpot's webhooks (contract §6): a thin adapter over receiveWebhook, which checks the secret
// first, then reads the body as a stream up to its limit, records the event and queues its
// processing before answering. (src/proxy.ts leaves this route alone: a proxy would buffer the body.)
export async function POST(request: Request, context: { params: Promise<{ secret: string }> }) {
  const { secret } = await context.params;
  const declared = request.headers.get('content-length');
  const answer = await receiveWebhook(
    { db, boss: getBoss(), webhookSecret: env.JACKPOT_WEBHOOK_SECRET, backlog: getWebhookBacklog() },
    { secret, contentLength: declared === null ? null : Number(declared), body: request.body },
  );
  return Response.json(answer.body, {
    status: answer.status,
    headers: {
      'cache-control': 'no-store',
      ...(answer.retryAfterS ? { 'retry-after': String(answer.retryAfterS) } : {}),
    },
  });
}
