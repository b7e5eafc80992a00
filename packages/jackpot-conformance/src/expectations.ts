import {
  ERROR_STATUS,
  errorBodySchema,
  isJackpotError,
  type ErrorCode,
  type JackpotError,
} from '@jackpot-portal/jackpot-core';
import { expect } from 'vitest';

import { type RawAnswer } from './raw-http';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// Awaits a call that must fail with the contract's status and code for `code` (§7).
export async function expectContractError(call: Promise<unknown>, code: ErrorCode): Promise<JackpotError> {
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`Expected ${code}, but the call succeeded with ${JSON.stringify(outcome.value)}`);
  const { error } = outcome;
  if (!isJackpotError(error)) throw error;
  expect({ kind: error.kind, status: error.status, code: error.code }).toEqual({
    kind: 'http',
    status: ERROR_STATUS[code],
    code,
  });
  return error;
}

// The same check for a raw answer: status and §7 error body.
export function expectRawContractError(answer: RawAnswer, code: ErrorCode): void {
  expect(answer.status).toBe(ERROR_STATUS[code]);
  const body = errorBodySchema.safeParse(answer.body);
  expect(body.success, `error body ${JSON.stringify(answer.body)}`).toBe(true);
  expect(body.data?.error.code).toBe(code);
}

// Polls until `read` gives a value `done` accepts.
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${options.timeoutMs} ms waiting for ${options.what}; last value: ${JSON.stringify(value)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
