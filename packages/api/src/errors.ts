import { randomUUID } from 'node:crypto';

import { TRPCError } from '@trpc/server';

/**
 * Every failure the domain reports on purpose. The code says what happened; the message is
 * plain words a user can read. HTTP and tRPC codes are derived in one place below.
 */
export const appErrorCodes = {
  UNAUTHENTICATED: { http: 401, trpc: 'UNAUTHORIZED' },
  FORBIDDEN: { http: 403, trpc: 'FORBIDDEN' },
  NOT_FOUND: { http: 404, trpc: 'NOT_FOUND' },
  VALIDATION: { http: 400, trpc: 'BAD_REQUEST' },
  CONFLICT: { http: 409, trpc: 'CONFLICT' },
  // Another admin's decision on the same target won (params: by, action).
  ALREADY_DECIDED: { http: 409, trpc: 'CONFLICT' },
  // An admin acting on their own voucher or account (approve, refund, role, disable).
  OWN_ACCOUNT: { http: 403, trpc: 'FORBIDDEN' },
  // A four-eyes refund approved by the admin who requested it.
  FOUR_EYES: { http: 403, trpc: 'FORBIDDEN' },
  INSUFFICIENT_BUDGET: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  VALUE_NOT_ALLOWED: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  STORE_DISABLED: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  JACKPOT_REFUSED: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  // A campaign wallet spent at a store whose category its campaign does not allow (params: campaign).
  CATEGORY_NOT_ALLOWED: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  // A campaign wallet spent before its opening or after its closing date.
  WALLET_CLOSED: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  // A change to a campaign that is no longer a draft (launched or closed).
  CAMPAIGN_NOT_DRAFT: { http: 409, trpc: 'CONFLICT' },
  // A campaign for a year whose URSSAF figures the rule table does not hold yet (params: year).
  RULES_YEAR_UNKNOWN: { http: 422, trpc: 'UNPROCESSABLE_CONTENT' },
  JACKPOT_UNAVAILABLE: { http: 503, trpc: 'SERVICE_UNAVAILABLE' },
  DATABASE_UNAVAILABLE: { http: 503, trpc: 'SERVICE_UNAVAILABLE' },
  // Contention outlasted the retries (a deadlock or serialization failure each time): nothing was written.
  TRY_AGAIN: { http: 409, trpc: 'CONFLICT' },
} as const satisfies Record<string, { http: number; trpc: TRPCError['code'] }>;

export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown; params?: Record<string, string> },
  ) {
    super(message, options);
    this.params = options?.params ?? null;
  }

  /** Values for the client's translated message of this code (e.g. who decided first). */
  readonly params: Record<string, string> | null;

  get httpStatus(): number {
    return appErrorCodes[this.code].http;
  }
}

/** The one answer when Jackpot cannot be reached or fails on its side (timeout, 5xx, 429). */
export function jackpotUnavailable(cause: unknown): AppError {
  return new AppError('JACKPOT_UNAVAILABLE', 'Jackpot is not answering right now.', { cause });
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: appErrorCodes[error.code].trpc, message: error.message, cause: error });
}

/**
 * Logs a failure nobody planned for, with all its detail, under a new correlation id, and
 * returns the id: the client is told only the id (unexpectedErrorMessage), support finds the
 * detail in the server log with it.
 */
export function reportUnexpectedError(error: unknown, where: string, log: Pick<Console, 'error'> = console): string {
  const errorId = randomUUID();
  log.error(`[error ${errorId}] ${where} failed unexpectedly:`, error);
  return errorId;
}

export function unexpectedErrorMessage(errorId: string): string {
  return `Something went wrong on our side. Please try again; if it keeps happening, give support this reference: ${errorId}.`;
}
