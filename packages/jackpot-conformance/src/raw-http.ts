import { API_KEY_HEADER, AUTHORIZATION_HEADER, SANDBOX_CONTROL_HEADER, TOKEN_TYPE } from '@jackpot-portal/jackpot-core';

import { conformanceTarget } from './target';

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface RawRequest {
  apiKey?: string;
  bearer?: string;
  headers?: Record<string, string>;
  // Sent as is: lets a test send what the typed client never would.
  rawBody?: string;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// A request the typed client cannot make (malformed bodies, missing headers, foreign URLs).
export async function rawRequest(method: string, pathOrUrl: string, request: RawRequest = {}): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.apiKey !== undefined) headers[API_KEY_HEADER] = request.apiKey;
  if (request.bearer !== undefined) headers[AUTHORIZATION_HEADER] = `${TOKEN_TYPE} ${request.bearer}`;
  if (request.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${conformanceTarget().baseUrl.replace(/\/+$/, '')}${pathOrUrl}`;
  const response = await fetch(url, {
    method,
    headers,
    body: request.rawBody,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

// A /_sandbox/ control call; fails the test when the sandbox refuses it.
export async function sandboxControl(method: string, path: string, body?: unknown): Promise<unknown> {
  const { controlToken } = conformanceTarget();
  if (controlToken === undefined) throw new Error('This step needs SANDBOX_CONTROL_TOKEN (sandbox only)');
  const answer = await rawRequest(method, `/_sandbox${path}`, {
    headers: { [SANDBOX_CONTROL_HEADER]: controlToken },
    ...(body === undefined ? {} : { rawBody: JSON.stringify(body) }),
  });
  if (answer.status >= 300)
    throw new Error(`Sandbox control ${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}
