import { receiveWebhook } from '@jackpot-portal/api/jobs';

import { env } from '~/env';
import { getBoss, getWebhookBacklog } from '~/server/boss';
import { db } from '~/server/db';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// Jackpot's webhooks (contract §6): a thin adapter over receiveWebhook, which checks the secret,
// records the event and queues its processing before answering.
export async function POST(request: Request, context: { params: Promise<{ secret: string }> }) {
  const { secret } = await context.params;
  const answer = await receiveWebhook(
    { db, boss: getBoss(), webhookSecret: env.JACKPOT_WEBHOOK_SECRET, backlog: getWebhookBacklog() },
    { secret, body: await request.text() },
  );
  return Response.json(answer.body, {
    status: answer.status,
    headers: {
      'cache-control': 'no-store',
      ...(answer.retryAfterS ? { 'retry-after': String(answer.retryAfterS) } : {}),
    },
  });
}
