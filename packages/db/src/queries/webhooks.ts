import type { DbClient } from '../client';

/** A parameterized SQL statement ($1, $2… placeholders), e.g. one a library built. */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface WebhookRecord {
  id: string;
  event: string;
  payload: unknown;
  /** Recorded as already IGNORED (an event the portal does not know), with the reason. */
  ignoredBecause?: string;
}

/**
 * Records a webhook event and, when given, runs `alsoInsert` (an INSERT … RETURNING, e.g. its
 * processing job) in the same SQL statement, so that both exist or neither — in one round trip
 * instead of a transaction's four. An event already recorded inserts nothing (its id is
 * unique); `alsoInsert` must then insert nothing either (e.g. a job keyed by the event id).
 * Returns whether the event is new. When the event is new but `alsoInsert` inserted nothing,
 * the statement fails and nothing is kept.
 */
export async function recordWebhookEvent(
  db: DbClient,
  record: WebhookRecord,
  alsoInsert?: SqlStatement,
): Promise<boolean> {
  const also = alsoInsert ?? { text: 'SELECT 1 WHERE false', values: [] };
  const n = also.values.length;
  const [row] = await db.$queryRawUnsafe<Array<{ recorded: number }>>(
    `WITH recorded AS (
       INSERT INTO webhook_events (id, event, payload, status, "lastError")
       VALUES ($${n + 1}, $${n + 2}, $${n + 3}::jsonb, $${n + 4}::"WebhookStatus", $${n + 5})
       ON CONFLICT (id) DO NOTHING
       RETURNING id
     ), also AS (${also.text}),
     counts AS (SELECT (SELECT count(*) FROM recorded) AS recorded, (SELECT count(*) FROM also) AS also)
     -- A failing cast (it depends on the counts, so it is evaluated only then) aborts the whole
     -- statement: a new event without what must go with it is not kept.
     SELECT CASE
       WHEN ${alsoInsert ? 'recorded > also' : 'false'}
       THEN CAST('nothing inserted with webhook event ' || recorded AS integer)
       ELSE recorded::integer
     END AS recorded
     FROM counts`,
    ...also.values,
    record.id,
    record.event,
    JSON.stringify(record.payload),
    record.ignoredBecause ? 'IGNORED' : 'RECEIVED',
    record.ignoredBecause ?? null,
  );
  return row?.recorded === 1;
}
