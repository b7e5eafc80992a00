import { AppError } from '../../errors';

/**
 * The cursor of a list paged by (time, id), newest first: "the rows after this one". Opaque to
 * the client (base64url of the last row's time and id).
 */
export function encodeTimeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (typeof at === 'string' && typeof id === 'string' && id.length <= 200 && !Number.isNaN(Date.parse(at)))
      return { at: new Date(at), id };
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('VALIDATION', 'This page link is no longer valid: start again from the first page.');
}

/** One page of rows fetched with `take: limit + 1`, and the cursor of the next page if there is one. */
export function keysetPage<T extends { id: string }>(rows: T[], limit: number, timeOf: (row: T) => Date) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeTimeCursor(timeOf(last), last.id) : null };
}
