import { errorBody } from '@jackpot-portal/jackpot-core';
import { type Context } from 'hono';
import { type z } from 'zod';

import { type CachedJson } from '../cached-json';
import { ApiError } from '../errors';

/** Parses a JSON body with a schema; bad JSON and bad fields are 400 VALIDATION with the reason. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    const type = c.req.header('content-type') ?? '';
    const hint =
      type.includes('application/json') || type === '' ? '' : ` (sent as ${type}; the API takes JSON bodies)`;
    throw new ApiError('VALIDATION', `The body is not valid JSON${hint}`);
  }
  return parseOrThrow(schema, body, 'body');
}

export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return parseOrThrow(schema, c.req.query(), 'query');
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : where}: ${issue.message}`,
    );
    throw new ApiError('VALIDATION', `Invalid ${where}: ${reasons.join('; ')}`);
  }
  return parsed.data;
}

/** Sends an already encoded JSON answer: 304 when the client has it, gzip when it accepts it. */
export function cachedJson(c: Context, cached: CachedJson): Response {
  const headers = { etag: cached.etag, vary: 'accept-encoding' };
  if (c.req.header('if-none-match') === cached.etag) return c.body(null, 304, headers);
  const json = { ...headers, 'content-type': 'application/json; charset=UTF-8' };
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? ''))
    return c.body(cached.gzip(), 200, { ...json, 'content-encoding': 'gzip' });
  return c.body(cached.body, 200, json);
}

export function errorResponse(error: ApiError): Response {
  return new Response(JSON.stringify(errorBody(error.code, error.message)), {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...error.headers },
  });
}
