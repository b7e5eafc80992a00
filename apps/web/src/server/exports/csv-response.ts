import 'server-only';

import { AppError } from '@jackpot-portal/api';
import { ZodError } from 'zod';

import { currentUser } from '~/server/auth';

/**
 * A CSV download for admins only (checked on the server, on every request: anybody else gets
 * 404, as the admin pages answer). The rows stream as the generator yields them, so the download
 * starts at once and the server holds one batch at a time; the stream pulls the next batch only
 * when the client has taken the last one (backpressure).
 */
export async function adminCsvResponse(filename: string, rows: () => AsyncGenerator<string>): Promise<Response> {
  const user = await currentUser();
  if (user?.role !== 'ADMIN') return Response.json({ error: 'Not found.' }, { status: 404 });
  const chunks = rows();
  // The first chunk (the header, once the input is validated) before answering: a bad filter
  // gets a plain 400, not a download cut short.
  let first: IteratorResult<string>;
  try {
    first = await chunks.next();
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.httpStatus });
    if (error instanceof ZodError) return Response.json({ error: 'Invalid filters.' }, { status: 400 });
    throw error;
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}-${stamp}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
