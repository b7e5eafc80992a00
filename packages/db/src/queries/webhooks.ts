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
 * Records a webhook event and, when given, runs `alsoInsert` (e.g. its processing job) in the
 * same SQL statement, so that both exist or neither — in one round trip instead of a
 * transaction's four. An event already recorded (its id is unique) is a redelivery: its row only
 * counts it (`deliveryCount`, `lastDeliveredAt`) and `alsoInsert` inserts nothing, whatever it
 * would have inserted on its own (a job whose first copy was archived), so a redelivery is never
 * processed again. Returns whether the event is new. When the event is new but `alsoInsert`
 * inserted nothing, the statement fails and nothing is kept.
 *
 * `alsoInsert` must be an `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING …` whose SELECT
 * has no WHERE (pg-boss's insert of a job): the condition "the event is new" is added there.
 */
export async function recordWebhookEvent(
  db: DbClient,
  record: WebhookRecord,
  alsoInsert?: SqlStatement,
): Promise<boolean> {
  const also = alsoInsert ? onlyForNewEvent(alsoInsert) : { text: 'SELECT 1 WHERE false', values: [] };
  const n = also.values.length;
  const [row] = await db.$queryRawUnsafe<Array<{ recorded: number }>>(
    `WITH recorded AS (
       INSERT INTO webhook_events (id, event, payload, status, "lastError")
       VALUES ($${n + 1}, $${n + 2}, $${n + 3}::jsonb, $${n + 4}::"WebhookStatus", $${n + 5})
       ON CONFLICT (id) DO UPDATE
         SET "deliveryCount" = webhook_events."deliveryCount" + 1, "lastDeliveredAt" = now()
       RETURNING "deliveryCount" = 1 AS new
     ), also AS (${also.text}),
     counts AS (SELECT (SELECT new FROM recorded) AS new, (SELECT count(*) FROM also) AS also)
     -- A failing cast (it depends on the counts, so it is evaluated only then) aborts the whole
     -- statement: a new event without what must go with it is not kept.
     SELECT CASE
       WHEN ${alsoInsert ? 'new AND also = 0' : 'false'}
       THEN CAST('nothing inserted with webhook event ' || also AS integer)
       ELSE new::integer
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

const ON_CONFLICT = /\bON CONFLICT DO NOTHING\b/g;

/** `alsoInsert` with its SELECT limited to a new event (the `recorded` CTE says whether it is). */
function onlyForNewEvent(statement: SqlStatement): SqlStatement {
  if (statement.text.match(ON_CONFLICT)?.length !== 1)
    throw new Error('recordWebhookEvent: alsoInsert must be one INSERT … SELECT … ON CONFLICT DO NOTHING');
  return {
    text: statement.text.replace(ON_CONFLICT, 'WHERE (SELECT new FROM recorded) ON CONFLICT DO NOTHING'),
    values: statement.values,
  };
}
