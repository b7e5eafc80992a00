import { ERROR_STATUS, type ErrorCode } from '@jackpot-portal/jackpot-core';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** An answer of the §7 error table, thrown from plain functions and rendered by the app. */
export class ApiError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = options.status ?? ERROR_STATUS[code];
    this.headers = options.headers ?? {};
  }
}
