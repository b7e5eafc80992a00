import { isRetryableStatus, RETRY_AFTER_HEADER } from '../contract/error-codes';
import { errorBodySchema } from '../contract/schemas/error-body';
import { JackpotError, type JackpotErrorDetails } from './jackpot-error';
import { backoffDelayMs, parseRetryAfterMs, type RetryPolicy } from './retry-policy';

export interface Transport {
  baseUrl: string;
  timeoutMs: number;
  fetch: typeof fetch;
  retry: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string | undefined>;
  headers: Record<string, string>;
  body?: unknown;
  // Only requests without side effects are retried; a reservation or a state change never is.
  retrySafe: boolean;
}

// Reads a 2xx answer. Throwing InvalidResponse makes the call fail as 'invalid-response'.
export type ResponseReader<T> = (response: Response) => Promise<T>;

export class InvalidResponse extends Error {
  override readonly name = 'InvalidResponse';
}

// Connection failures that prove the request never reached the server.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function errorCodeOf(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
}

function buildUrl(baseUrl: string, path: string, query: TransportRequest['query']): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

async function readErrorBody(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const parsed = errorBodySchema.safeParse(await response.json());
    return parsed.success ? parsed.data.error : {};
  } catch {
    return {};
  }
}

async function attempt<T>(transport: Transport, request: TransportRequest, read: ResponseReader<T>): Promise<T> {
  const base = { method: request.method, path: request.path };
  const unsafe = !request.retrySafe;
  const signal = AbortSignal.timeout(transport.timeoutMs);
  const failure = (error: unknown, phase: string): JackpotError => {
    if (signal.aborted) {
      return new JackpotError({
        ...base,
        kind: 'timeout',
        message: `no answer within ${transport.timeoutMs} ms (${phase})`,
        retryable: !unsafe,
        outcomeUnknown: unsafe,
        cause: error,
      });
    }
    const notSent = phase === 'request' && NOT_SENT_CODES.has(errorCodeOf(error) ?? '');
    const message = error instanceof Error ? error.message : String(error);
    return new JackpotError({
      ...base,
      kind: 'network',
      message: `${phase} failed: ${message}`,
      retryable: !unsafe || notSent,
      outcomeUnknown: unsafe && !notSent,
      cause: error,
    });
  };

  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await transport.fetch(buildUrl(transport.baseUrl, request.path, request.query), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
      redirect: 'manual',
    });
  } catch (error) {
    throw failure(error, 'request');
  }

  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    const location = response.headers.get('location') ?? 'nowhere';
    throw new JackpotError({
      ...base,
      kind: 'http',
      status: response.status,
      message: `unexpected redirect to ${location}`,
      retryable: false,
      outcomeUnknown: false,
    });
  }

  if (!response.ok) {
    const { code, message } = await readErrorBody(response);
    const serverFailure = response.status >= 500;
    const details: JackpotErrorDetails = {
      ...base,
      kind: 'http',
      status: response.status,
      message: message ?? `HTTP ${response.status}`,
      retryable: isRetryableStatus(response.status) && (request.retrySafe || !serverFailure),
      outcomeUnknown: unsafe && serverFailure,
    };
    if (code !== undefined) details.code = code;
    const retryAfterMs = parseRetryAfterMs(response.headers.get(RETRY_AFTER_HEADER), transport.now());
    if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
    throw new JackpotError(details);
  }

  try {
    return await read(response);
  } catch (error) {
    if (error instanceof InvalidResponse && !signal.aborted) {
      throw new JackpotError({
        ...base,
        kind: 'invalid-response',
        status: response.status,
        message: error.message,
        retryable: false,
        outcomeUnknown: false,
        cause: error,
      });
    }
    throw failure(error, 'reading the answer');
  }
}

// Sends one request; retries it on retryable failures when it is safe to, with jittered
// exponential backoff or the server's Retry-After.
export async function send<T>(transport: Transport, request: TransportRequest, read: ResponseReader<T>): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt(transport, request, read);
    } catch (error) {
      if (
        !(error instanceof JackpotError) ||
        !error.retryable ||
        !request.retrySafe ||
        attemptNumber >= transport.retry.maxAttempts
      )
        throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > transport.retry.maxRetryAfterMs) throw error;
      await transport.sleep(error.retryAfterMs ?? backoffDelayMs(attemptNumber, transport.retry, transport.random));
    }
  }
}
