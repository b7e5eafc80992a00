import { load } from '../load';
import { describeLoad, type Figure } from '../report';
import type { BenchStack } from '../stack';
import { prepareOrders, unknownVoucherWebhook, webhookUrl } from '../fixtures';
import { settleWebhookBacklog } from './processing';

/**
 * Webhook ingest: distinct valid coupon/* events POSTed by 20 connections, against the bare
 * route that only reads the body. The portal checks the secret and the envelope, records the
 * event and queues its processing before answering. Measured twice: on a receiving instance
 * (JOBS_ENABLED=false, the route alone: the goal), and on an instance that also processes what
 * it receives on the same cores (the events name no order of ours, so processing is short).
 * Then, on the receiving instance, redeliveries: the same 200 events, already recorded, again
 * and again (Jackpot delivers at least once; each redelivery is counted, never queued again).
 */
export async function measureIngest(stack: BenchStack, options: { durationS: number }): Promise<Figure[]> {
  const [template] = await prepareOrders(stack, 1);
  const nextBody = unknownVoucherWebhook(template!.voucher);
  const run = (url: string, pgid: number, durationS: number, body = nextBody) =>
    load(
      {
        url,
        method: 'POST',
        connections: 20,
        duration: durationS,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
      },
      { pgid },
    );
  const recorded = Array.from({ length: 200 }, nextBody);
  let redelivered = 0;
  const redelivery = () => recorded[redelivered++ % recorded.length]!;
  const bareUrl = `${stack.baseline.url}/api/echo`;
  const portalRun = async () => {
    await run(webhookUrl(stack), stack.web.pgid, 2);
    return run(webhookUrl(stack), stack.web.pgid, options.durationS);
  };
  await run(bareUrl, stack.baseline.pgid, 2);
  const bare = await run(bareUrl, stack.baseline.pgid, options.durationS);
  const withWorkers = await portalRun();
  const settledWithWorkers = await settleWebhookBacklog(stack, 120);
  await stack.restartWeb({ JOBS_ENABLED: 'false' });
  let receiving: Awaited<ReturnType<typeof run>>;
  let redeliveries: Awaited<ReturnType<typeof run>>;
  try {
    receiving = await portalRun();
    for (const body of recorded)
      await fetch(webhookUrl(stack), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await run(webhookUrl(stack), stack.web.pgid, 2, redelivery);
    redeliveries = await run(webhookUrl(stack), stack.web.pgid, options.durationS, redelivery);
  } finally {
    await stack.restartWeb({});
  }
  const settled = await settleWebhookBacklog(stack, 120);
  const ratio = (result: { rps: number }) => result.rps / bare.rps;
  return [
    {
      measure:
        'webhook ingest, 20 connections, distinct valid coupon/* events, receiving instance (JOBS_ENABLED=false)',
      baseline: describeLoad(bare),
      product: `${describeLoad(receiving)}${settled}`,
      ratio: `${(ratio(receiving) * 100).toFixed(0)} % of the bare route's req/s`,
      goal: '≥ 80 %',
      met: ratio(receiving) >= 0.8,
    },
    {
      measure: 'webhook ingest as above, on an instance that also processes what it receives',
      baseline: describeLoad(bare),
      product: `${describeLoad(withWorkers)}${settledWithWorkers}`,
      ratio: `${(ratio(withWorkers) * 100).toFixed(0)} % of the bare route's req/s`,
      goal: '',
      met: null,
    },
    {
      measure: 'webhook ingest, redeliveries of 200 recorded events, receiving instance',
      baseline: describeLoad(bare),
      product: describeLoad(redeliveries),
      ratio: `${(ratio(redeliveries) * 100).toFixed(0)} % of the bare route's req/s`,
      goal: '',
      met: null,
    },
  ];
}
