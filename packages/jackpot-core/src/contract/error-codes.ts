// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §7 Error codes and the HTTP status each one answers with [decision].
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  JWT_ALREADY_USED: 409,
  SESSION_CONSUMED: 409,
  INVALID_STATE: 409,
  NOT_REFUNDABLE: 409,
  AMOUNT_EXCEEDS_SESSION: 422,
  VALUE_NOT_ALLOWED: 422,
  STORE_DISABLED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

// §4 [decision] The url and attachment routes of a voucher that is not READY answer this code
// (like any other action the voucher's state does not allow).
export const NOT_READY_ERROR_CODE: ErrorCode = 'INVALID_STATE';

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

// §7 Reads are safe to retry on these answers; a reservation or a state change never is.
export function isRetryableStatus(status: number): boolean {
  return status === ERROR_STATUS.RATE_LIMITED || status >= 500;
}

// §7 429 answers carry this header (seconds, or an HTTP date).
export const RETRY_AFTER_HEADER = 'retry-after';
