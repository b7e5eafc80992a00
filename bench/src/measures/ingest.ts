import { load } from '../load';
import { describeLoad, type Figure } from '../report';
import type { BenchStack } from '../stack';
import { prepareOrders, unknownVoucherWebhook, webhookUrl } from '../fixtures';
import { settleWebhookBacklog } from './processing';

/**
 * Webhook ingest: distinct valid coupon/* events POSTed by 20 connections, against the bare
 * route that only reads the body. The portal checks the secret and the envelope, records the
 * event and queues its processing before answering.
 */
export async function measureIngest(stack: BenchStack, options: { durationS: number }): Promise<Figure[]> {
  const [template] = await prepareOrders(stack, 1);
  const nextBody = unknownVoucherWebhook(template!.voucher);
  const run = (url: string, pgid: number, durationS: number) =>
    load(
      {
        url,
        method: 'POST',
        connections: 20,
        duration: durationS,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
      },
      { pgid },
    );
  const bareUrl = `${stack.baseline.url}/api/echo`;
  // Warm both servers' code paths first.
  await run(bareUrl, stack.baseline.pgid, 2);
  await run(webhookUrl(stack), stack.web.pgid, 2);
  const bare = await run(bareUrl, stack.baseline.pgid, options.durationS);
  const portal = await run(webhookUrl(stack), stack.web.pgid, options.durationS);
  const settled = await settleWebhookBacklog(stack, 120);
  const ratio = portal.rps / bare.rps;
  return [
    {
      measure: 'webhook ingest, 20 connections, distinct valid coupon/* events',
      baseline: describeLoad(bare),
      product: `${describeLoad(portal)}${settled}`,
      ratio: `${(ratio * 100).toFixed(0)} % of the bare route's req/s`,
      goal: '≥ 80 %',
      met: ratio >= 0.8,
    },
  ];
}
