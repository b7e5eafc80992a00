import { errorBody } from '@jackpot-portal/jackpot-core';
import { type Context } from 'hono';
import { type z } from 'zod';

import { ApiError } from '../errors';

/** Parses a JSON body with a schema; bad JSON and bad fields are 400 VALIDATION with the reason. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ApiError('VALIDATION', 'The body is not valid JSON');
  }
  return parseOrThrow(schema, body, 'body');
}

export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return parseOrThrow(schema, c.req.query(), 'query');
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : where}: ${issue.message}`);
    throw new ApiError('VALIDATION', `Invalid ${where}: ${reasons.join('; ')}`);
  }
  return parsed.data;
}

/** Serializes once and sends with the JSON content type (the fast path for cached bodies). */
export function jsonText(c: Context, text: string, status: 200 | 201 = 200): Response {
  return c.body(text, status, { 'content-type': 'application/json; charset=UTF-8' });
}

export function errorResponse(error: ApiError): Response {
  return new Response(JSON.stringify(errorBody(error.code, error.message)), {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...error.headers },
  });
}
