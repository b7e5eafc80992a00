import { isErrorCode, type ErrorCode } from '../contract/error-codes';

// 'http': Jackpot answered with an error status; 'timeout': no answer within the time limit;
// 'network': the request failed before an answer; 'invalid-response': the answer is not the
// contract's.
export type JackpotErrorKind = 'http' | 'timeout' | 'network' | 'invalid-response';

export interface JackpotErrorDetails {
  kind: JackpotErrorKind;
  message: string;
  method: string;
  path: string;
  status?: number;
  // The contract's error code when Jackpot sent one, as sent (known or not).
  code?: string;
  // Whether repeating the same request later may succeed.
  retryable: boolean;
  // Whether the request may have taken effect although it failed: a reservation or a state
  // change that timed out, lost its connection or met a 5xx. Leave the order pending and look.
  outcomeUnknown: boolean;
  retryAfterMs?: number;
  cause?: unknown;
}

// The one error every client call throws.
export class JackpotError extends Error {
  override readonly name = 'JackpotError';
  readonly kind: JackpotErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly retryable: boolean;
  readonly outcomeUnknown: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(details: JackpotErrorDetails) {
    super(`${details.method} ${details.path}: ${details.message}`, { cause: details.cause });
    this.kind = details.kind;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.code = details.code;
    this.retryable = details.retryable;
    this.outcomeUnknown = details.outcomeUnknown;
    this.retryAfterMs = details.retryAfterMs;
  }

  // The contract code, when it is one this project knows.
  get knownCode(): ErrorCode | undefined {
    return this.code !== undefined && isErrorCode(this.code) ? this.code : undefined;
  }
}

export function isJackpotError(error: unknown): error is JackpotError {
  return error instanceof JackpotError;
}
