import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { buildWebhookEnvelope, COUPON_EVENTS } from '@jackpot-portal/jackpot-core';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createBoss, startBoss } from '../src/queue/create-boss';
import { enqueueJob } from '../src/queue/enqueue-job';
import { QUEUES } from '../src/queue/queues';
import { MAX_WEBHOOK_BODY_BYTES, receiveWebhook } from '../src/services/webhooks/receive-webhook';
import { createWebhookBacklog } from '../src/queue/webhook-backlog';

const SECRET = 'test-webhook-secret-0123456789';
const SCHEMA = 'pgboss_receive';
const db = createDb(inject('databaseUrl'));
let boss: PgBoss;
const silent = { warn: () => {}, error: () => {} };

beforeAll(async () => {
  boss = await startBoss(createBoss({ databaseUrl: inject('databaseUrl'), schema: SCHEMA, schedule: false }));
});
afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.$disconnect();
});

function couponEnvelope(eventId = randomUUID()) {
  const voucherId = randomUUID();
  const data = {
    id: voucherId,
    state: 'RESERVED' as const,
    value: 20,
    price: 18,
    reservationDate: new Date().toISOString(),
    validityDate: new Date(Date.now() + 86_400_000).toISOString(),
    resaExpireDate: new Date(Date.now() + 3_600_000).toISOString(),
    couponId: 'ABCDEFGHIJ',
    storeId: randomUUID(),
    offerId: randomUUID(),
    notificationKey: randomUUID(),
  };
  return buildWebhookEnvelope(
    COUPON_EVENTS.reserved,
    { voucherId, notificationKey: data.notificationKey, data },
    { id: eventId },
  );
}

const jobsFor = async (eventId: string) =>
  (
    await db.$queryRawUnsafe<Array<{ count: bigint }>>(
      `SELECT count(*) FROM ${SCHEMA}.job WHERE name = $1 AND data->>'eventId' = $2`,
      QUEUES.processWebhook,
      eventId,
    )
  )[0]!.count;

const receive = (
  body: string,
  secrets: { presented: string | undefined; configured: string | undefined } = {
    presented: SECRET,
    configured: SECRET,
  },
) => receiveWebhook({ db, boss, webhookSecret: secrets.configured, log: silent }, { secret: secrets.presented, body });

describe('receiveWebhook', () => {
  it('records a webhook and enqueues its processing, once however often it is delivered', async () => {
    const envelope = couponEnvelope();
    const body = JSON.stringify(envelope);
    const answers = await Promise.all([receive(body), receive(body), receive(body)]);
    answers.push(await receive(body), await receive(body));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((answer) => answer.body.duplicate)).toHaveLength(4);
    const row = await db.webhookEvent.findUniqueOrThrow({ where: { id: envelope.id } });
    expect(row).toMatchObject({ event: 'coupon/reserved', status: 'RECEIVED', deliveryCount: 5 });
    expect(row.lastDeliveredAt!.getTime()).toBeGreaterThanOrEqual(row.receivedAt.getTime());
    expect(await jobsFor(envelope.id)).toBe(1n);
  });

  it('counts a redelivery that comes after its job left the queue, and queues nothing again', async () => {
    const envelope = couponEnvelope();
    const body = JSON.stringify(envelope);
    await receive(body);
    // pg-boss archives a completed job (out of its job table): its id no longer stops a copy.
    await db.$executeRawUnsafe(`DELETE FROM ${SCHEMA}.job WHERE id = $1::uuid`, envelope.id);
    await db.webhookEvent.update({ where: { id: envelope.id }, data: { status: 'PROCESSED' } });
    expect(await receive(body)).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
    expect(await jobsFor(envelope.id)).toBe(0n);
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: envelope.id } })).toMatchObject({
      status: 'PROCESSED',
      deliveryCount: 2,
    });
  });

  it('answers 401 to a wrong or missing secret, and 503 when no secret is configured, writing nothing', async () => {
    for (const [presented, configured, status] of [
      ['wrong-secret-0123456789012345', SECRET, 401],
      [`${SECRET}x`, SECRET, 401],
      [undefined, SECRET, 401],
      ['', SECRET, 401],
      [SECRET, undefined, 503],
      [SECRET, '', 503],
    ] as const) {
      const envelope = couponEnvelope();
      const answer = await receive(JSON.stringify(envelope), { presented, configured });
      expect(answer.status, `${presented} / ${configured}`).toBe(status);
      expect(await db.webhookEvent.count({ where: { id: envelope.id } })).toBe(0);
      expect(await jobsFor(envelope.id)).toBe(0n);
    }
  });

  it('answers 400 to a body that is not JSON or not an envelope, writing nothing', async () => {
    const before = await db.webhookEvent.count();
    const valid = couponEnvelope();
    for (const body of [
      '',
      'not json',
      '{"event":',
      '[]',
      '{}',
      JSON.stringify({ ...valid, id: 'not-a-uuid' }),
      JSON.stringify({ ...valid, message: { voucherId: 'x' } }),
    ]) {
      expect((await receive(body)).status, body).toBe(400);
    }
    expect(await db.webhookEvent.count()).toBe(before);
  });

  it('records an unknown event as IGNORED and answers 200 without enqueuing it', async () => {
    const envelope = {
      event: 'coupon/teleported',
      id: randomUUID(),
      createdAt: new Date().toISOString(),
      message: { anything: true },
    };
    const answer = await receive(JSON.stringify(envelope));
    expect(answer).toMatchObject({ status: 200, body: { received: true, ignored: true } });
    expect(await receive(JSON.stringify(envelope))).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: envelope.id } })).toMatchObject({
      status: 'IGNORED',
      lastError: expect.stringContaining('unknown event'),
      deliveryCount: 2,
    });
    expect(await jobsFor(envelope.id)).toBe(0n);
  });

  it('answers 503 and keeps nothing when the job cannot be enqueued, so that Jackpot retries', async () => {
    const unstarted = createBoss({ databaseUrl: inject('databaseUrl'), schema: 'pgboss_never_started' });
    const envelope = couponEnvelope();
    const answer = await receiveWebhook(
      { db, boss: unstarted, webhookSecret: SECRET, log: silent },
      { secret: SECRET, body: JSON.stringify(envelope) },
    );
    expect(answer.status).toBe(503);
    expect(await db.webhookEvent.count({ where: { id: envelope.id } })).toBe(0);

    // Its schema exists but not the queue: the job inserts nothing, so neither does the event.
    const withoutQueue = await startBoss(
      createBoss({ databaseUrl: inject('databaseUrl'), schema: 'pgboss_receive_no_queue', schedule: false }),
    );
    await withoutQueue.deleteQueue(QUEUES.processWebhook);
    const another = couponEnvelope();
    const refused = await receiveWebhook(
      { db, boss: withoutQueue, webhookSecret: SECRET, log: silent },
      { secret: SECRET, body: JSON.stringify(another) },
    );
    await withoutQueue.stop({ graceful: false });
    expect(refused.status).toBe(503);
    expect(await db.webhookEvent.count({ where: { id: another.id } })).toBe(0);
  });
});

describe('back-pressure', () => {
  it('answers 503 with Retry-After, recording nothing, while more webhooks wait than the limit allows', async () => {
    // This file's queue holds the jobs recorded above, none processed (no workers here).
    const waiting = await boss.getQueueSize(QUEUES.processWebhook);
    expect(waiting).toBeGreaterThan(0);
    const receiveWith = (limit: number, envelope = couponEnvelope()) =>
      receiveWebhook(
        { db, boss, webhookSecret: SECRET, log: silent, backlog: createWebhookBacklog(boss, { limit }) },
        { secret: SECRET, body: JSON.stringify(envelope) },
      ).then((answer) => ({ answer, envelope }));

    const refused = await receiveWith(waiting - 1);
    expect(refused.answer).toMatchObject({ status: 503, body: { received: false }, retryAfterS: 30 });
    expect(await db.webhookEvent.count({ where: { id: refused.envelope.id } })).toBe(0);

    const accepted = await receiveWith(waiting);
    expect(accepted.answer.status).toBe(200);
    expect(await jobsFor(accepted.envelope.id)).toBe(1n);
  });

  it('counts the backlog once per interval, whatever the number of webhooks', async () => {
    let counts = 0;
    const backlog = createWebhookBacklog(
      {
        getQueueSize: async () => {
          counts += 1;
          return 5;
        },
      },
      { limit: 4, refreshMs: 60_000 },
    );
    expect(await Promise.all([backlog.full(), backlog.full(), backlog.full()])).toEqual([true, true, true]);
    expect(await backlog.full()).toBe(true);
    expect(counts).toBe(1);
  });
});

describe('startBoss', () => {
  it('gives every queue an index that serves the fetch order of pg-boss, so a long backlog is not sorted on each fetch', async () => {
    const partitions = await db.$queryRawUnsafe<Array<{ tablename: string }>>(
      `SELECT tablename FROM pg_indexes WHERE schemaname = $1 AND indexdef LIKE '%(name, priority DESC, created_on, id)%'`,
      SCHEMA,
    );
    // One per queue partition, and the partitioned table's own.
    expect(partitions.length).toBeGreaterThan(Object.keys(QUEUES).length);
  });
});

/** A request body that counts what was read from it: `chunks` chunks of `chunkBytes`, or endless. */
function countedBody(text: string | { chunkBytes: number; endless: true }) {
  const read = { bytes: 0, canceled: false };
  const encoder = new TextEncoder();
  let sent = false;
  // highWaterMark 0: nothing is pulled before someone reads.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk =
          typeof text === 'string' ? (sent ? null : encoder.encode(text)) : new Uint8Array(text.chunkBytes).fill(0x20);
        sent = true;
        if (!chunk) return controller.close();
        read.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        read.canceled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}

describe('the body of a webhook', { tags: ['security'] }, () => {
  const deps = () => ({ db, boss, webhookSecret: SECRET, log: silent });

  it('is not read at all when the secret is wrong, whatever its declared size', async () => {
    const { stream, read } = countedBody({ chunkBytes: 65_536, endless: true });
    const answer = await receiveWebhook(deps(), { secret: 'wrong', contentLength: 50_000_000, body: stream });
    expect(answer.status).toBe(401);
    expect(read.bytes).toBe(0);
  });

  it('is refused unread when its declared length is above the limit', async () => {
    const { stream, read } = countedBody(JSON.stringify(couponEnvelope()));
    const answer = await receiveWebhook(deps(), {
      secret: SECRET,
      contentLength: MAX_WEBHOOK_BODY_BYTES + 1,
      body: stream,
    });
    expect(answer).toMatchObject({ status: 413, body: { error: 'body too large' } });
    expect(read.bytes).toBe(0);
  });

  it('is read up to the limit only when it streams without end, then refused', async () => {
    const { stream, read } = countedBody({ chunkBytes: 65_536, endless: true });
    const answer = await receiveWebhook(deps(), { secret: SECRET, contentLength: null, body: stream });
    expect(answer.status).toBe(413);
    expect(read.canceled).toBe(true);
    expect(read.bytes).toBeLessThanOrEqual(MAX_WEBHOOK_BODY_BYTES + 65_536);
  });

  it('is recorded when streamed within the limit', async () => {
    const envelope = couponEnvelope();
    const body = JSON.stringify(envelope);
    const { stream } = countedBody(body);
    const answer = await receiveWebhook(deps(), {
      secret: SECRET,
      contentLength: Buffer.byteLength(body),
      body: stream,
    });
    expect(answer.status).toBe(200);
    expect(await db.webhookEvent.count({ where: { id: envelope.id } })).toBe(1);
  });
});

describe('a job sent inside a Prisma transaction', () => {
  it('exists only if the transaction commits', async () => {
    const eventId = randomUUID();
    await expect(
      db.$transaction(async (tx) => {
        await tx.webhookEvent.create({ data: { id: eventId, event: 'coupon/ready', payload: {} } });
        expect(await enqueueJob(boss, QUEUES.processWebhook, { eventId }, { tx })).toEqual(expect.any(String));
        throw new Error('failure after recording');
      }),
    ).rejects.toThrow('failure after recording');
    expect(await db.webhookEvent.count({ where: { id: eventId } })).toBe(0);
    expect(await jobsFor(eventId)).toBe(0n);

    await db.$transaction(async (tx) => {
      await tx.webhookEvent.create({ data: { id: eventId, event: 'coupon/ready', payload: {} } });
      await enqueueJob(boss, QUEUES.processWebhook, { eventId }, { tx });
    });
    expect(await jobsFor(eventId)).toBe(1n);
  });
});
