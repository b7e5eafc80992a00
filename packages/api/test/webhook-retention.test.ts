import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { QUEUES, SCHEDULES } from '../src/queue/queues';
import { pruneWebhookEvents } from '../src/services/webhooks/prune-webhook-events';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

const DAY_MS = 24 * 3600 * 1000;

describe('webhook retention', () => {
  it('deletes resolved events past the retention and keeps unresolved ones whatever their age', async () => {
    // A "now" in the year 2001 and rows received before it: only this test's rows can be past
    // the retention (the database is shared with test files running at the same time).
    const now = new Date('2001-01-01T00:00:00Z');
    const receivedDaysBeforeNow = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const rows = {
      oldProcessed: { status: 'PROCESSED', receivedAt: receivedDaysBeforeNow(31) },
      oldIgnored: { status: 'IGNORED', receivedAt: receivedDaysBeforeNow(31) },
      oldFailed: { status: 'FAILED', receivedAt: receivedDaysBeforeNow(400) },
      oldReceived: { status: 'RECEIVED', receivedAt: receivedDaysBeforeNow(400) },
      recentProcessed: { status: 'PROCESSED', receivedAt: receivedDaysBeforeNow(29) },
    } as const;
    const ids = Object.fromEntries(Object.keys(rows).map((name) => [name, randomUUID()])) as Record<
      keyof typeof rows,
      string
    >;
    await db.webhookEvent.createMany({
      data: Object.entries(rows).map(([name, row]) => ({
        id: ids[name as keyof typeof rows],
        event: 'coupon/ready',
        payload: { retention: name },
        ...row,
      })),
    });

    const { deleted } = await pruneWebhookEvents({ db }, { retentionDays: 30, now });
    expect(deleted).toBe(2);
    const left = await db.webhookEvent.findMany({ where: { id: { in: Object.values(ids) } }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([ids.oldFailed, ids.oldReceived, ids.recentProcessed].sort());
  });

  it('runs nightly on the pg-boss cron, like the other scheduled jobs', () => {
    expect(SCHEDULES[QUEUES.pruneWebhookEvents]).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
